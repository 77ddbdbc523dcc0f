--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: syn_allocation_share; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_allocation_share (
    id bigint NOT NULL,
    amount numeric(24,6) NOT NULL,
    fraction double precision NOT NULL,
    participant character varying(100) NOT NULL,
    reason character varying(2000),
    tier character varying(100),
    allocation_id bigint NOT NULL
);


--
-- Name: syn_allocation_share_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_allocation_share_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_catalog_audit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_catalog_audit (
    id bigint NOT NULL,
    action character varying(20) NOT NULL,
    actor character varying(200) NOT NULL,
    at timestamp(6) with time zone NOT NULL,
    changes character varying(4000),
    dataset character varying(100) NOT NULL,
    datasetid bigint NOT NULL,
    node character varying(100),
    owner character varying(100) NOT NULL
);


--
-- Name: syn_catalog_audit_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_catalog_audit_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_catalog_column; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_catalog_column (
    dataset_id bigint NOT NULL,
    categories integer,
    column_name character varying(200) NOT NULL,
    column_type character varying(20) NOT NULL,
    "position" integer NOT NULL
);


--
-- Name: syn_catalog_dataset; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_catalog_dataset (
    id bigint NOT NULL,
    contact character varying(200),
    createdat timestamp(6) with time zone NOT NULL,
    description character varying(4000),
    domain character varying(200),
    label character varying(200),
    licence character varying(4000),
    modifiedat timestamp(6) with time zone NOT NULL,
    name character varying(100) NOT NULL,
    organisation character varying(200),
    owner character varying(100) NOT NULL,
    revision bigint NOT NULL,
    rowcount bigint NOT NULL,
    rowgranularity integer NOT NULL,
    task character varying(20),
    title character varying(200) NOT NULL,
    version character varying(64) NOT NULL,
    visibility character varying(20) NOT NULL,
    CONSTRAINT syn_catalog_dataset_visibility_check CHECK (((visibility)::text = ANY ((ARRAY['PRIVATE'::character varying, 'PROJECTS'::character varying, 'PUBLIC'::character varying])::text[])))
);


--
-- Name: syn_catalog_dataset_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_catalog_dataset_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_catalog_keyword; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_catalog_keyword (
    dataset_id bigint NOT NULL,
    keyword character varying(100),
    "position" integer NOT NULL
);


--
-- Name: syn_contribution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_contribution (
    id bigint NOT NULL,
    details text,
    emptyvalue double precision,
    evaluations bigint,
    finishedat timestamp(6) with time zone,
    fullvalue double precision,
    gridsstarted integer,
    method character varying(20) NOT NULL,
    metric character varying(20) NOT NULL,
    parameters text,
    requestedat timestamp(6) with time zone,
    requestedby character varying(200) NOT NULL,
    startedat timestamp(6) with time zone,
    status character varying(20) NOT NULL,
    statusreason character varying(4000),
    validators character varying(2000),
    validatorsused character varying(2000),
    version bigint NOT NULL,
    wallmillis bigint,
    run_id bigint NOT NULL,
    CONSTRAINT syn_contribution_status_check CHECK (((status)::text = ANY ((ARRAY['QUEUED'::character varying, 'RUNNING'::character varying, 'WAITING'::character varying, 'COMPLETED'::character varying, 'FAILED'::character varying, 'CANCELLED'::character varying])::text[])))
);


--
-- Name: syn_contribution_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_contribution_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_contribution_value; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_contribution_value (
    id bigint NOT NULL,
    cihigh double precision NOT NULL,
    cilow double precision NOT NULL,
    contributionvalue double precision NOT NULL,
    evidence text,
    flagged boolean NOT NULL,
    marginal double precision,
    overriddenat timestamp(6) with time zone,
    overriddenby character varying(200),
    overridereason character varying(2000),
    participant character varying(100) NOT NULL,
    rank_ integer,
    share double precision NOT NULL,
    contribution_id bigint NOT NULL
);


--
-- Name: syn_contribution_value_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_contribution_value_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_data_tag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_data_tag (
    id bigint NOT NULL,
    tag character varying(20) NOT NULL,
    registration_id bigint NOT NULL,
    CONSTRAINT syn_data_tag_tag_check CHECK (((tag)::text = ANY ((ARRAY['TRAIN'::character varying, 'EVALUATE'::character varying, 'PREDICT'::character varying])::text[])))
);


--
-- Name: syn_data_tag_dataset; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_data_tag_dataset (
    datatag_id bigint NOT NULL,
    dataset character varying(200) NOT NULL,
    "position" integer NOT NULL
);


--
-- Name: syn_data_tag_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_data_tag_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_evaluation_result; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_evaluation_result (
    id bigint NOT NULL,
    createdat timestamp(6) with time zone,
    metrics text NOT NULL,
    participant character varying(100),
    samples bigint NOT NULL,
    run_id bigint NOT NULL
);


--
-- Name: syn_evaluation_result_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_evaluation_result_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_experiment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_experiment (
    id bigint NOT NULL,
    activation character varying(20),
    hiddenlayers character varying(200),
    modeltype character varying(40) NOT NULL,
    name character varying(100) NOT NULL,
    project_id bigint NOT NULL,
    CONSTRAINT syn_experiment_modeltype_check CHECK (((modeltype)::text = ANY ((ARRAY['LOGISTIC_REGRESSION'::character varying, 'LINEAR_REGRESSION'::character varying, 'MLP'::character varying])::text[])))
);


--
-- Name: syn_experiment_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_experiment_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_job; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_job (
    id bigint NOT NULL,
    attempts integer NOT NULL,
    cancelrequested boolean NOT NULL,
    deliveries integer NOT NULL,
    finishedat timestamp(6) with time zone,
    lasterror character varying(4000),
    maxattempts integer NOT NULL,
    node character varying(100),
    queuedat timestamp(6) with time zone,
    stage character varying(20),
    startedat timestamp(6) with time zone,
    status character varying(20) NOT NULL,
    version bigint NOT NULL,
    contribution_id bigint,
    parent_id bigint,
    run_id bigint NOT NULL,
    search_id bigint,
    CONSTRAINT syn_job_status_check CHECK (((status)::text = ANY ((ARRAY['QUEUED'::character varying, 'RUNNING'::character varying, 'WAITING'::character varying, 'SUCCEEDED'::character varying, 'CANCELLED'::character varying, 'DEAD_LETTERED'::character varying, 'INTERRUPTED'::character varying])::text[])))
);


--
-- Name: syn_job_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_job_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_model_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_model_version (
    id bigint NOT NULL,
    artefact text NOT NULL,
    checksum character varying(64) NOT NULL,
    createdat timestamp(6) with time zone,
    lineage text,
    metrics text,
    number integer NOT NULL,
    stage character varying(20) NOT NULL,
    version bigint NOT NULL,
    project_id bigint NOT NULL,
    run_id bigint NOT NULL,
    CONSTRAINT syn_model_version_stage_check CHECK (((stage)::text = ANY ((ARRAY['NONE'::character varying, 'STAGING'::character varying, 'PRODUCTION'::character varying, 'ARCHIVED'::character varying])::text[])))
);


--
-- Name: syn_model_version_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_model_version_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_participant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_participant (
    id bigint NOT NULL,
    baseurl character varying(500) NOT NULL,
    controlkeyhash character varying(64),
    controlkeysalt character varying(32),
    accesskey character varying(200),
    name character varying(100) NOT NULL,
    operator character varying(100),
    sealedcontrolkey character varying(400)
);


--
-- Name: syn_participant_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_participant_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_prediction_result; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_prediction_result (
    id bigint NOT NULL,
    createdat timestamp(6) with time zone,
    message character varying(4000),
    participant character varying(100) NOT NULL,
    predictions bigint NOT NULL,
    status character varying(20) NOT NULL,
    run_id bigint NOT NULL
);


--
-- Name: syn_prediction_result_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_prediction_result_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_project; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_project (
    id bigint NOT NULL,
    catalogversionpolicy character varying(10),
    contributionmetric character varying(20),
    createdat timestamp(6) with time zone NOT NULL,
    description character varying(2000),
    name character varying(100) NOT NULL
);


--
-- Name: syn_project_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_project_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_registration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_registration (
    id bigint NOT NULL,
    participant_id bigint NOT NULL,
    project_id bigint NOT NULL
);


--
-- Name: syn_registration_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_registration_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_reward_allocation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_reward_allocation (
    id bigint NOT NULL,
    createdat timestamp(6) with time zone,
    createdby character varying(200) NOT NULL,
    decimals integer NOT NULL,
    note character varying(2000),
    policy character varying(20) NOT NULL,
    pool numeric(24,6) NOT NULL,
    publishedat timestamp(6) with time zone,
    publishedby character varying(200),
    rounding character varying(2000),
    status character varying(20) NOT NULL,
    tiers text,
    unit character varying(40) NOT NULL,
    updatedat timestamp(6) with time zone,
    version bigint NOT NULL,
    contribution_id bigint NOT NULL,
    CONSTRAINT syn_reward_allocation_status_check CHECK (((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'PUBLISHED'::character varying])::text[])))
);


--
-- Name: syn_reward_allocation_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_reward_allocation_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_round_local_loss; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_round_local_loss (
    roundresult_id bigint NOT NULL,
    loss double precision,
    participant character varying(100) NOT NULL
);


--
-- Name: syn_round_result; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_round_result (
    id bigint NOT NULL,
    durationmillis double precision NOT NULL,
    globalloss double precision NOT NULL,
    round integer NOT NULL,
    run_id bigint NOT NULL
);


--
-- Name: syn_round_result_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_round_result_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_round_updates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_round_updates (
    id bigint NOT NULL,
    data bytea NOT NULL,
    round integer NOT NULL,
    run_id bigint NOT NULL
);


--
-- Name: syn_round_updates_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_round_updates_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_run; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_run (
    id bigint NOT NULL,
    alignment text,
    artefact text,
    catalogwarning character varying(2000),
    coalition character varying(2000),
    completedrounds integer NOT NULL,
    contribution_in_training boolean,
    contribution_validators character varying(2000),
    createdat timestamp(6) with time zone,
    datasetversions text,
    finishedat timestamp(6) with time zone,
    algorithm character varying(20) NOT NULL,
    batchsize integer,
    earlystoppingmindelta double precision,
    earlystoppingpatience integer,
    lambda double precision,
    learningrate double precision,
    localepochs integer,
    mu double precision,
    rounds integer,
    seed bigint,
    initialmodelversionid bigint,
    modelpath character varying(1000),
    name character varying(100) NOT NULL,
    startedat timestamp(6) with time zone,
    status character varying(20) NOT NULL,
    statusreason character varying(4000),
    updatestatistics text,
    updateskept boolean,
    version bigint NOT NULL,
    coalitionof_id bigint,
    experiment_id bigint NOT NULL,
    CONSTRAINT syn_run_algorithm_check CHECK (((algorithm)::text = ANY ((ARRAY['FEDAVG'::character varying, 'FEDPROX'::character varying])::text[]))),
    CONSTRAINT syn_run_status_check CHECK (((status)::text = ANY ((ARRAY['CREATED'::character varying, 'QUEUED'::character varying, 'TRAINING'::character varying, 'TRAINED'::character varying, 'EVALUATING'::character varying, 'EVALUATED'::character varying, 'FAILED'::character varying, 'STOPPED'::character varying, 'CANCELLED'::character varying, 'INTERRUPTED'::character varying])::text[])))
);


--
-- Name: syn_run_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_run_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_search; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_search (
    id bigint NOT NULL,
    metric character varying(40) NOT NULL,
    space text NOT NULL,
    strategy character varying(10) NOT NULL,
    submittedat timestamp(6) with time zone,
    submittedby character varying(200),
    experiment_id bigint NOT NULL
);


--
-- Name: syn_search_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_search_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: syn_stage_transition; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.syn_stage_transition (
    id bigint NOT NULL,
    actor character varying(200) NOT NULL,
    at timestamp(6) with time zone NOT NULL,
    fromstage character varying(20) NOT NULL,
    reason character varying(2000) NOT NULL,
    tostage character varying(20) NOT NULL,
    modelversion_id bigint NOT NULL,
    CONSTRAINT syn_stage_transition_fromstage_check CHECK (((fromstage)::text = ANY ((ARRAY['NONE'::character varying, 'STAGING'::character varying, 'PRODUCTION'::character varying, 'ARCHIVED'::character varying])::text[]))),
    CONSTRAINT syn_stage_transition_tostage_check CHECK (((tostage)::text = ANY ((ARRAY['NONE'::character varying, 'STAGING'::character varying, 'PRODUCTION'::character varying, 'ARCHIVED'::character varying])::text[])))
);


--
-- Name: syn_stage_transition_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.syn_stage_transition_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: 17727; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17727');


--
-- Name: 17728; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17728');


--
-- Name: 17729; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17729');


--
-- Name: 17730; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17730');


--
-- Name: 17731; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17731');


--
-- Name: 17732; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17732');


--
-- Name: 17733; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17733');


--
-- Name: 17734; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17734');


--
-- Name: 17735; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17735');


--
-- Name: 17736; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17736');


--
-- Name: 17737; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17737');


--
-- Name: 17738; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17738');


--
-- Name: 17739; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17739');


--
-- Name: 17740; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17740');


--
-- Name: 17741; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17741');


--
-- Name: 17742; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17742');


--
-- Name: 17743; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17743');


--
-- Name: 17744; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17744');


--
-- Name: 17745; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17745');


--
-- Name: 17746; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17746');


--
-- Name: 17747; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17747');


--
-- Name: 17748; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17748');


--
-- Name: 17749; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17749');


--
-- Name: 17750; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17750');


--
-- Name: 17751; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17751');


--
-- Name: 17752; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17752');


--
-- Name: 17753; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17753');


--
-- Name: 17754; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17754');


--
-- Name: 17755; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17755');


--
-- Name: 17756; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17756');


--
-- Name: 17757; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17757');


--
-- Name: 17758; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17758');


--
-- Name: 17759; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17759');


--
-- Name: 17760; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17760');


--
-- Name: 17761; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17761');


--
-- Name: 17762; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17762');


--
-- Name: 17763; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17763');


--
-- Name: 17764; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17764');


--
-- Name: 17765; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17765');


--
-- Name: 17766; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17766');


--
-- Name: 17767; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17767');


--
-- Name: 17768; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17768');


--
-- Name: 17769; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17769');


--
-- Name: 17770; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17770');


--
-- Name: 17771; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17771');


--
-- Name: 17772; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17772');


--
-- Name: 17773; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17773');


--
-- Name: 17774; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17774');


--
-- Name: 17775; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17775');


--
-- Name: 17776; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17776');


--
-- Name: 17777; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17777');


--
-- Name: 17778; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17778');


--
-- Name: 17779; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17779');


--
-- Name: 17780; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17780');


--
-- Name: 17781; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17781');


--
-- Name: 17782; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17782');


--
-- Name: 17783; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17783');


--
-- Name: 17784; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17784');


--
-- Name: 17785; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17785');


--
-- Name: 17786; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17786');


--
-- Name: 17787; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17787');


--
-- Name: 17788; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17788');


--
-- Name: 17789; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17789');


--
-- Name: 17790; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17790');


--
-- Name: 17791; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17791');


--
-- Name: 17792; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17792');


--
-- Name: 17793; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17793');


--
-- Name: 17794; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17794');


--
-- Name: 17795; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17795');


--
-- Name: 17796; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17796');


--
-- Name: 17797; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17797');


--
-- Name: 17798; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17798');


--
-- Name: 17799; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17799');


--
-- Name: 17800; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17800');


--
-- Name: 17801; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17801');


--
-- Name: 17802; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17802');


--
-- Name: 17803; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17803');


--
-- Name: 17804; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17804');


--
-- Name: 17805; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17805');


--
-- Name: 17806; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17806');


--
-- Name: 17807; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17807');


--
-- Name: 17808; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17808');


--
-- Name: 17809; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17809');


--
-- Name: 17810; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17810');


--
-- Name: 17811; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17811');


--
-- Name: 17812; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17812');


--
-- Name: 17813; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17813');


--
-- Name: 17814; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17814');


--
-- Name: 17815; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17815');


--
-- Name: 17816; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17816');


--
-- Name: 17817; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17817');


--
-- Name: 17818; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17818');


--
-- Name: 17819; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17819');


--
-- Name: 17820; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17820');


--
-- Name: 17821; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17821');


--
-- Name: 17822; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17822');


--
-- Name: 17823; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17823');


--
-- Name: 17824; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17824');


--
-- Name: 17825; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17825');


--
-- Name: 17826; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17826');


--
-- Name: 17827; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17827');


--
-- Name: 17828; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17828');


--
-- Name: 17829; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17829');


--
-- Name: 17830; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17830');


--
-- Name: 17831; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17831');


--
-- Name: 17832; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17832');


--
-- Name: 17833; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17833');


--
-- Name: 17834; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17834');


--
-- Name: 17835; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17835');


--
-- Name: 17836; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17836');


--
-- Name: 17837; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17837');


--
-- Name: 17838; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17838');


--
-- Name: 17839; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17839');


--
-- Name: 17840; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17840');


--
-- Name: 17841; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17841');


--
-- Name: 17842; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17842');


--
-- Name: 17843; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17843');


--
-- Name: 17844; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17844');


--
-- Name: 17845; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17845');


--
-- Name: 17846; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17846');


--
-- Name: 17847; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17847');


--
-- Name: 17848; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17848');


--
-- Name: 17849; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17849');


--
-- Name: 17850; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17850');


--
-- Name: 17851; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17851');


--
-- Name: 17852; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17852');


--
-- Name: 17853; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17853');


--
-- Name: 17854; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17854');


--
-- Name: 17855; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17855');


--
-- Name: 17856; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17856');


--
-- Name: 17857; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17857');


--
-- Name: 17858; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17858');


--
-- Name: 17859; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17859');


--
-- Name: 17860; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17860');


--
-- Name: 17861; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17861');


--
-- Name: 17862; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17862');


--
-- Name: 17863; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17863');


--
-- Name: 17864; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17864');


--
-- Name: 17865; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17865');


--
-- Name: 17866; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17866');


--
-- Name: 17867; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17867');


--
-- Name: 17868; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17868');


--
-- Name: 17869; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17869');


--
-- Name: 17870; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17870');


--
-- Name: 17871; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17871');


--
-- Name: 17872; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17872');


--
-- Name: 17873; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17873');


--
-- Name: 17874; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17874');


--
-- Name: 17875; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17875');


--
-- Name: 17876; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17876');


--
-- Name: 17877; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17877');


--
-- Name: 17878; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17878');


--
-- Name: 17879; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17879');


--
-- Name: 17880; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17880');


--
-- Name: 17881; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17881');


--
-- Name: 17882; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17882');


--
-- Name: 17883; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17883');


--
-- Name: 17884; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17884');


--
-- Name: 17885; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17885');


--
-- Name: 17886; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17886');


--
-- Name: 17887; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17887');


--
-- Name: 17888; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17888');


--
-- Name: 17889; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17889');


--
-- Name: 17890; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17890');


--
-- Name: 17891; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17891');


--
-- Name: 17892; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('17892');


--
-- Data for Name: syn_allocation_share; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_allocation_share VALUES (1, 515.480000, 0.5154758416441633, 'rel01-pg-worker-a-1', 'share 0.5155 of the gain (value 0.05324): 51.55 % of the pool', NULL, 1);
INSERT INTO public.syn_allocation_share VALUES (2, 484.520000, 0.48452415835583673, 'rel01-pg-worker-b-1', 'share 0.4845 of the gain (value 0.05004): 48.45 % of the pool', NULL, 1);


--
-- Data for Name: syn_catalog_audit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_catalog_audit VALUES (1, 'PUBLISHED', 'participant rel01-pg-worker-a-1', '2026-12-03 09:34:41.374868+00', 'version 8d95a8da8b8de78bbb916ad9985f0f44177794db8fd69f81db713174519fb940', 'ljubljana-train', 1, 'rel01-pg-ttp', 'rel01-pg-worker-a-1');
INSERT INTO public.syn_catalog_audit VALUES (2, 'PUBLISHED', 'participant rel01-pg-worker-b-1', '2026-12-03 09:34:42.529421+00', 'version 0a15c319b6106a67e90e1312beea1d8cd6522cd72bda9b9d3263200ce18ff933', 'ljubljana-train', 2, 'rel01-pg-ttp', 'rel01-pg-worker-b-1');


--
-- Data for Name: syn_catalog_column; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_catalog_column VALUES (1, 4, 'age', 'categorical', 0);
INSERT INTO public.syn_catalog_column VALUES (1, 2, 'menopause', 'categorical', 1);
INSERT INTO public.syn_catalog_column VALUES (1, 11, 'tumor-size', 'categorical', 2);
INSERT INTO public.syn_catalog_column VALUES (1, 7, 'inv-nodes', 'categorical', 3);
INSERT INTO public.syn_catalog_column VALUES (1, 2, 'node-caps', 'categorical', 4);
INSERT INTO public.syn_catalog_column VALUES (1, 3, 'deg-malig', 'categorical', 5);
INSERT INTO public.syn_catalog_column VALUES (1, 2, 'breast', 'categorical', 6);
INSERT INTO public.syn_catalog_column VALUES (1, 5, 'breast-quad', 'categorical', 7);
INSERT INTO public.syn_catalog_column VALUES (1, 2, 'irradiat', 'categorical', 8);
INSERT INTO public.syn_catalog_column VALUES (1, 2, 'Class', 'categorical', 9);
INSERT INTO public.syn_catalog_column VALUES (2, 5, 'age', 'categorical', 0);
INSERT INTO public.syn_catalog_column VALUES (2, 3, 'menopause', 'categorical', 1);
INSERT INTO public.syn_catalog_column VALUES (2, 10, 'tumor-size', 'categorical', 2);
INSERT INTO public.syn_catalog_column VALUES (2, 4, 'inv-nodes', 'categorical', 3);
INSERT INTO public.syn_catalog_column VALUES (2, 2, 'node-caps', 'categorical', 4);
INSERT INTO public.syn_catalog_column VALUES (2, 3, 'deg-malig', 'categorical', 5);
INSERT INTO public.syn_catalog_column VALUES (2, 2, 'breast', 'categorical', 6);
INSERT INTO public.syn_catalog_column VALUES (2, 5, 'breast-quad', 'categorical', 7);
INSERT INTO public.syn_catalog_column VALUES (2, 2, 'irradiat', 'categorical', 8);
INSERT INTO public.syn_catalog_column VALUES (2, 2, 'Class', 'categorical', 9);


--
-- Data for Name: syn_catalog_dataset; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_catalog_dataset VALUES (1, NULL, '2026-12-03 09:34:41.322542+00', 'Recurrence events after surgery; categorical clinical features', 'oncology', 'Class', 'CC BY 4.0', '2026-12-03 09:34:41.323967+00', 'ljubljana-train', NULL, 'rel01-pg-worker-a-1', 0, 100, 10, 'classification', 'Breast cancer recurrence, rel01-pg-worker-a', '8d95a8da8b8de78bbb916ad9985f0f44177794db8fd69f81db713174519fb940', 'PUBLIC');
INSERT INTO public.syn_catalog_dataset VALUES (2, NULL, '2026-12-03 09:34:42.518063+00', 'Recurrence events after surgery; categorical clinical features', 'oncology', 'Class', 'CC BY 4.0', '2026-12-03 09:34:42.518167+00', 'ljubljana-train', NULL, 'rel01-pg-worker-b-1', 0, 100, 10, 'classification', 'Breast cancer recurrence, rel01-pg-worker-b', '0a15c319b6106a67e90e1312beea1d8cd6522cd72bda9b9d3263200ce18ff933', 'PUBLIC');


--
-- Data for Name: syn_catalog_keyword; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_catalog_keyword VALUES (1, 'oncology', 0);
INSERT INTO public.syn_catalog_keyword VALUES (1, 'recurrence', 1);
INSERT INTO public.syn_catalog_keyword VALUES (2, 'oncology', 0);
INSERT INTO public.syn_catalog_keyword VALUES (2, 'recurrence', 1);


--
-- Data for Name: syn_contribution; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_contribution VALUES (1, '17749', -0.71473761072073, 17, '2026-12-03 09:34:48.78744+00', -0.6114607420626039, 0, 'in-training', 'neg_log_loss', '17750', '2026-12-03 09:34:48.759228+00', 'training of run 1', '2026-12-03 09:34:48.761802+00', 'COMPLETED', NULL, '', 'rel01-pg-worker-a-1,rel01-pg-worker-b-1', 2, 379, 1);


--
-- Data for Name: syn_contribution_value; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_contribution_value VALUES (1, 0.05323673079392127, 0.05323673079392127, 0.05323673079392127, '17747', false, NULL, NULL, NULL, NULL, 'rel01-pg-worker-a-1', 1, 0.5154758416441633, 1);
INSERT INTO public.syn_contribution_value VALUES (2, 0.05004013786420486, 0.05004013786420486, 0.05004013786420486, '17748', false, NULL, NULL, NULL, NULL, 'rel01-pg-worker-b-1', 2, 0.48452415835583673, 1);


--
-- Data for Name: syn_data_tag; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_data_tag VALUES (1, 'TRAIN', 1);
INSERT INTO public.syn_data_tag VALUES (2, 'EVALUATE', 1);
INSERT INTO public.syn_data_tag VALUES (3, 'PREDICT', 1);
INSERT INTO public.syn_data_tag VALUES (4, 'TRAIN', 2);
INSERT INTO public.syn_data_tag VALUES (5, 'EVALUATE', 2);
INSERT INTO public.syn_data_tag VALUES (6, 'PREDICT', 2);
INSERT INTO public.syn_data_tag VALUES (7, 'TRAIN', 3);
INSERT INTO public.syn_data_tag VALUES (8, 'EVALUATE', 3);
INSERT INTO public.syn_data_tag VALUES (9, 'TRAIN', 4);
INSERT INTO public.syn_data_tag VALUES (10, 'EVALUATE', 4);


--
-- Data for Name: syn_data_tag_dataset; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_data_tag_dataset VALUES (1, 'catalog:1', 0);
INSERT INTO public.syn_data_tag_dataset VALUES (2, 'ljubljana-evaluate', 0);
INSERT INTO public.syn_data_tag_dataset VALUES (3, 'ljubljana-predict', 0);
INSERT INTO public.syn_data_tag_dataset VALUES (4, 'catalog:2', 0);
INSERT INTO public.syn_data_tag_dataset VALUES (5, 'ljubljana-evaluate', 0);
INSERT INTO public.syn_data_tag_dataset VALUES (6, 'ljubljana-predict', 0);
INSERT INTO public.syn_data_tag_dataset VALUES (7, 'wisconsin-train', 0);
INSERT INTO public.syn_data_tag_dataset VALUES (8, 'wisconsin-evaluate', 0);
INSERT INTO public.syn_data_tag_dataset VALUES (9, 'wisconsin-train', 0);
INSERT INTO public.syn_data_tag_dataset VALUES (10, 'wisconsin-evaluate', 0);


--
-- Data for Name: syn_evaluation_result; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_evaluation_result VALUES (1, '2026-12-03 09:34:49.731684+00', '17760', 'rel01-pg-worker-a-1', 37, 1);
INSERT INTO public.syn_evaluation_result VALUES (2, '2026-12-03 09:34:49.731696+00', '17761', 'rel01-pg-worker-b-1', 36, 1);
INSERT INTO public.syn_evaluation_result VALUES (3, '2026-12-03 09:34:49.731697+00', '17762', NULL, 73, 1);
INSERT INTO public.syn_evaluation_result VALUES (4, '2026-12-03 09:34:52.976922+00', '17793', 'rel01-pg-worker-a-2', 71, 2);
INSERT INTO public.syn_evaluation_result VALUES (5, '2026-12-03 09:34:52.976926+00', '17794', 'rel01-pg-worker-b-2', 72, 2);
INSERT INTO public.syn_evaluation_result VALUES (6, '2026-12-03 09:34:52.976927+00', '17795', NULL, 143, 2);
INSERT INTO public.syn_evaluation_result VALUES (7, '2026-12-03 09:34:57.044743+00', '17873', 'rel01-pg-worker-a-2', 71, 3);
INSERT INTO public.syn_evaluation_result VALUES (8, '2026-12-03 09:34:57.044747+00', '17874', 'rel01-pg-worker-b-2', 72, 3);
INSERT INTO public.syn_evaluation_result VALUES (9, '2026-12-03 09:34:57.044748+00', '17875', NULL, 143, 3);
INSERT INTO public.syn_evaluation_result VALUES (10, '2026-12-03 09:34:57.155621+00', '17880', 'rel01-pg-worker-a-2', 71, 5);
INSERT INTO public.syn_evaluation_result VALUES (11, '2026-12-03 09:34:57.155627+00', '17881', 'rel01-pg-worker-b-2', 72, 5);
INSERT INTO public.syn_evaluation_result VALUES (12, '2026-12-03 09:34:57.155628+00', '17882', NULL, 143, 5);
INSERT INTO public.syn_evaluation_result VALUES (13, '2026-12-03 09:34:57.232458+00', '17887', 'rel01-pg-worker-a-2', 71, 4);
INSERT INTO public.syn_evaluation_result VALUES (14, '2026-12-03 09:34:57.232463+00', '17888', 'rel01-pg-worker-b-2', 72, 4);
INSERT INTO public.syn_evaluation_result VALUES (15, '2026-12-03 09:34:57.232464+00', '17889', NULL, 143, 4);


--
-- Data for Name: syn_experiment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_experiment VALUES (1, 'relu', '', 'LOGISTIC_REGRESSION', 'logistic_regression', 1);
INSERT INTO public.syn_experiment VALUES (2, 'relu', '', 'LOGISTIC_REGRESSION', 'logistic_regression', 2);


--
-- Data for Name: syn_job; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_job VALUES (1, 1, false, 1, '2026-12-03 09:34:57.217796+00', NULL, 3, 'rel01-pg-ttp', '2026-12-03 09:34:53.612362+00', NULL, '2026-12-03 09:34:53.895082+00', 'SUCCEEDED', 2, NULL, NULL, 3, 1);
INSERT INTO public.syn_job VALUES (3, 1, false, 1, '2026-12-03 09:34:57.289992+00', NULL, 3, 'rel01-pg-ttp', '2026-12-03 09:34:53.723909+00', NULL, '2026-12-03 09:34:53.835872+00', 'SUCCEEDED', 2, NULL, NULL, 5, 1);
INSERT INTO public.syn_job VALUES (2, 1, false, 1, '2026-12-03 09:34:57.337621+00', NULL, 3, 'rel01-pg-ttp', '2026-12-03 09:34:53.707531+00', NULL, '2026-12-03 09:34:53.850584+00', 'SUCCEEDED', 2, NULL, NULL, 4, 1);


--
-- Data for Name: syn_model_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_model_version VALUES (1, '17751', '901393ae285da8093eb4b2eb8fdc19b4d8f2989aa977bd2fe924fe25ff60d449', '2026-12-03 09:34:48.866012+00', '17752', '17759', 1, 'NONE', 0, 1, 1);
INSERT INTO public.syn_model_version VALUES (2, '17802', '2f6e304b6797a875c5195a1a4a237dd25948fc3c3afd2c3af5b0d8d74ae07bb5', '2026-12-03 09:34:52.239542+00', '17803', '17804', 1, 'PRODUCTION', 2, 2, 2);
INSERT INTO public.syn_model_version VALUES (3, '17845', '3baa8d16a1dc52e61c34a00a7921251cf00f248792ca866760f2f24d393613f8', '2026-12-03 09:34:55.978543+00', '17846', '17872', 2, 'NONE', 0, 2, 3);
INSERT INTO public.syn_model_version VALUES (4, '17850', 'cfe2a64e9ecffb90d2a0bd1db980c375fd636febbcc385ed542d33d91f942fc4', '2026-12-03 09:34:56.006064+00', '17851', '17879', 3, 'NONE', 0, 2, 5);
INSERT INTO public.syn_model_version VALUES (5, '17858', 'c4a0e4618cbe952c75243158f35eb83b1f44076f0574118fb7b929f1fab5ccae', '2026-12-03 09:34:56.069709+00', '17859', '17884', 4, 'NONE', 0, 2, 4);


--
-- Data for Name: syn_participant; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_participant VALUES (1, 'https://127.0.0.1:13143/synergos', 'UMJT92zaKIA4sYHe/4kTr+wwC4yZAqI+VlupyINuDSk=', 'X5RvDvOksd+0LHz9oZaRYw==', NULL, 'rel01-pg-worker-a-1', NULL, 'v1:dfXd2Gx+GlYTUjjOm8B86wrI0tSc0nSAnO1iYfYjFbgzyaBCWOqR2GUQM2XSkpN22g4b58O78IjuF0HkgVlR1p4GfsuHXiwUrx3B+mQJi5pfJC+UEC4aXMVdOL8=');
INSERT INTO public.syn_participant VALUES (2, 'https://127.0.0.1:13243/synergos', 'Y8ik+MAPun7PIy1Ha0OQCJA1g2iNVddMpQbTW+diouQ=', 'qV8fk/nAm6ewT+AXoEzPrA==', NULL, 'rel01-pg-worker-b-1', NULL, 'v1:H77A5Y30QBvlIEZp9Yd9gShbhKERPmDaOOp5a82JSmDiRwosygVIqmC5qgTsEQzPnf/YpfG0eXbA99eLHaBqzky1l6H7s7NXkh5Bv5TGCWGfn0lAAsgvIwLrlpM=');
INSERT INTO public.syn_participant VALUES (3, 'https://127.0.0.1:13143/synergos', 'y37DOvtazlClVZIZyqohPPUR+rIf9U9eVnFmiOJCEys=', '67O1UErtD3Gzt1CIlYO8Jg==', NULL, 'rel01-pg-worker-a-2', NULL, 'v1:x9Muu2VtH2M809TU6LiWxSG+AdW1fva3Nf3C2MvqsdACZ7ovVKKBd+1jQfCLO+38/u/CyVyoCqwrt31lZcwk2j7GU3gYJQzRiUYF6CbX2C1b0c4v8R2iiyvAHG8=');
INSERT INTO public.syn_participant VALUES (4, 'https://127.0.0.1:13243/synergos', '20roY1rR/Zko6ebnsp/iprCWZ2MiPnkiYP3ePba1p2o=', 'rXUqEt+VcU/nxg0b/mUP0w==', NULL, 'rel01-pg-worker-b-2', NULL, 'v1:/AbgO2dcMqMW4K7/Qf2wc6F2xEKjVsWKPCxOqK/IcRhZ9nfiKMb3ttW0zCZW/T+UJVhcssk21cFxfdk1HwuUMbufaQQebNk7R7SzJHhLXQhCRtPnhegN35vFC/0=');


--
-- Data for Name: syn_prediction_result; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_prediction_result VALUES (1, '2026-12-03 09:34:50.286567+00', NULL, 'rel01-pg-worker-b-1', 36, 'COMPLETED', 1);


--
-- Data for Name: syn_project; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_project VALUES (1, NULL, NULL, '2026-12-03 09:34:39.670397+00', 'Demo: ljubljana split between 2 Workers', 'ljubljana-6620406205148');
INSERT INTO public.syn_project VALUES (2, NULL, NULL, '2026-12-03 09:34:50.423357+00', 'Demo: wisconsin split between 2 Workers', 'wisconsin-6631857423850');


--
-- Data for Name: syn_registration; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_registration VALUES (1, 1, 1);
INSERT INTO public.syn_registration VALUES (2, 2, 1);
INSERT INTO public.syn_registration VALUES (3, 3, 2);
INSERT INTO public.syn_registration VALUES (4, 4, 2);


--
-- Data for Name: syn_reward_allocation; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_reward_allocation VALUES (1, '2026-12-03 09:34:53.496713+00', 'admin', 2, NULL, 'proportional', 1000.000000, NULL, NULL, 'exact amounts rounded down to 0.01; the 1 remaining step(s) of 0.01 went to the largest remainders (rel01-pg-worker-a-1)', 'DRAFT', NULL, 'EUR', '2026-12-03 09:34:53.509608+00', 0, 1);


--
-- Data for Name: syn_round_local_loss; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_round_local_loss VALUES (1, 0.6650247083268035, 'rel01-pg-worker-a-1');
INSERT INTO public.syn_round_local_loss VALUES (1, 0.6976553031939992, 'rel01-pg-worker-b-1');
INSERT INTO public.syn_round_local_loss VALUES (2, 0.6171936301514529, 'rel01-pg-worker-a-1');
INSERT INTO public.syn_round_local_loss VALUES (2, 0.6710783979594926, 'rel01-pg-worker-b-1');
INSERT INTO public.syn_round_local_loss VALUES (3, 0.5911172943656386, 'rel01-pg-worker-a-1');
INSERT INTO public.syn_round_local_loss VALUES (3, 0.6475981883045594, 'rel01-pg-worker-b-1');
INSERT INTO public.syn_round_local_loss VALUES (4, 0.5773191164435292, 'rel01-pg-worker-a-1');
INSERT INTO public.syn_round_local_loss VALUES (4, 0.635272956804518, 'rel01-pg-worker-b-1');
INSERT INTO public.syn_round_local_loss VALUES (5, 0.5674383186651425, 'rel01-pg-worker-a-1');
INSERT INTO public.syn_round_local_loss VALUES (5, 0.622793502017021, 'rel01-pg-worker-b-1');
INSERT INTO public.syn_round_local_loss VALUES (6, 0.5589064986917419, 'rel01-pg-worker-a-1');
INSERT INTO public.syn_round_local_loss VALUES (6, 0.6132581604981283, 'rel01-pg-worker-b-1');
INSERT INTO public.syn_round_local_loss VALUES (7, 0.27139242315085144, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (7, 0.30435294120722217, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (8, 0.20629207927302573, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (8, 0.23790694624095673, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (9, 0.17326610450662353, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (9, 0.20646993611891692, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (10, 0.15318460221843877, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (10, 0.18730714168687734, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (11, 0.13993292512213107, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (11, 0.17364268177075862, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (12, 0.1293007269330202, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (12, 0.16357732938532624, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (13, 0.3553358166843516, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (13, 0.3850920602267549, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (14, 0.20116828580183121, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (14, 0.234858120869454, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (15, 0.277783900875326, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (15, 0.3078093548664577, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (16, 0.1517206069655949, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (16, 0.1841609489338468, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (17, 0.2348006433943988, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (17, 0.26710459899629657, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (18, 0.1274733797643608, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (18, 0.16180371335250862, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (19, 0.27139242315085144, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (19, 0.30435294120722217, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (21, 0.20629207927302573, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (21, 0.23790694624095673, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (23, 0.17326610450662353, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (23, 0.20646993611891692, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (20, 0.2084871947472459, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (20, 0.2411949442864358, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (22, 0.11223890684301346, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (22, 0.14866325197322708, 'rel01-pg-worker-b-2');
INSERT INTO public.syn_round_local_loss VALUES (24, 0.15318460221843877, 'rel01-pg-worker-a-2');
INSERT INTO public.syn_round_local_loss VALUES (24, 0.18730714168687734, 'rel01-pg-worker-b-2');


--
-- Data for Name: syn_round_result; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_round_result VALUES (1, 463.542468, 0.6811102128388014, 0, 1);
INSERT INTO public.syn_round_result VALUES (2, 156.67299, 0.6437565438596414, 1, 1);
INSERT INTO public.syn_round_result VALUES (3, 124.334473, 0.6189599885608812, 2, 1);
INSERT INTO public.syn_round_result VALUES (4, 172.620235, 0.6058879109876786, 3, 1);
INSERT INTO public.syn_round_result VALUES (5, 172.089145, 0.5947260851062094, 4, 1);
INSERT INTO public.syn_round_result VALUES (6, 149.572988, 0.5856995714132001, 5, 1);
INSERT INTO public.syn_round_result VALUES (7, 144.714821, 0.2878726821790368, 0, 2);
INSERT INTO public.syn_round_result VALUES (8, 62.533487, 0.22209951275699122, 1, 2);
INSERT INTO public.syn_round_result VALUES (9, 62.362362, 0.18986802031277022, 2, 2);
INSERT INTO public.syn_round_result VALUES (10, 113.540736, 0.17024587195265808, 3, 2);
INSERT INTO public.syn_round_result VALUES (11, 158.201594, 0.15678780344644483, 4, 2);
INSERT INTO public.syn_round_result VALUES (12, 119.795881, 0.14643902815917323, 5, 2);
INSERT INTO public.syn_round_result VALUES (13, 89.891666, 0.3702139384555533, 0, 3);
INSERT INTO public.syn_round_result VALUES (14, 69.982488, 0.2180132033356426, 0, 5);
INSERT INTO public.syn_round_result VALUES (15, 79.927301, 0.29279662787089183, 1, 3);
INSERT INTO public.syn_round_result VALUES (16, 58.143936, 0.16794077794972084, 1, 5);
INSERT INTO public.syn_round_result VALUES (17, 106.905304, 0.2509526211953477, 2, 3);
INSERT INTO public.syn_round_result VALUES (18, 52.495704, 0.14463854655843472, 2, 5);
INSERT INTO public.syn_round_result VALUES (19, 99.069709, 0.2878726821790368, 0, 4);
INSERT INTO public.syn_round_result VALUES (21, 110.305162, 0.22209951275699122, 1, 4);
INSERT INTO public.syn_round_result VALUES (22, 121.157076, 0.13045107940812029, 3, 5);
INSERT INTO public.syn_round_result VALUES (20, 73.476887, 0.22484106951684085, 3, 3);
INSERT INTO public.syn_round_result VALUES (23, 42.752099, 0.18986802031277022, 2, 4);
INSERT INTO public.syn_round_result VALUES (24, 48.193995, 0.17024587195265808, 3, 4);


--
-- Data for Name: syn_round_updates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_round_updates VALUES (1, '\x53594b55010000002900000002000000dfa157271f24d03ffd2fd4f7f9fdc93f856532cd69dacabfe2df9f0f8e4bcfbf78c33bce02c6af3fe6b335a2c75ac33f997c50886d1ac7bf228c590eecbdd3bf719e0c3ca597a5bf470c23b80a02d53f2956f8627daec63f11de1098587b9bbf514efa1c16f0d33f955b09c48419c2bf60d746723e19d1bf7fd3b3857500b43f605a2a828eb9bbbf0817248f6823bf3fc2fd82ab3103d1bfcf1f28898a26b23faa54f7a503edd53f45c7ed8f7fcbb83f0fc20ec9e13abb3f7e8a0cc1f77ad53f5e6d54bffd4dafbfb8f6f480e4fb92bfd0414efb61c0d13fc9218fa52764b2bf74505b449398a3bf61479e8a8345dabf06d0bf753720d43f0c0b6c7dce46d3bf099dea6961c5dbbfa9cd458017f8c9bf7009ba4eba03e2bf052527c7d30dd7bf3cd6b7bad2979bbf130d6924fa38d23fdea8095e4a6faebfc222f5e61b1ead3f00000000000000001300000072656c30312d70672d776f726b65722d612d316c000000000000004b3a7b3ea22e2f3edc2969be935f80be16307e3dfd63053e45e363be2a119fbe000961bd48199b3efdf3213e3d7806bd52308c3e3b0a3dbe2e377fbe964a0b3c03c0dfbdab0ff73d37f986be221c923d6a7fb03ef22ace3d2232373d3126ab3e7080a0bd24df97bc44286d3e2ed70bbe153009bdb466d3beb8db943e6fb2a1be7355e1bee4084ebefe9b10bf6152babe459decbc8383923e2b868abdb8e55a3d320481bd1300000072656c30312d70672d776f726b65722d622d316900000000000000df29733eed9d1b3e3ca76abe074975be5f2f683dc4efe93db99f6abe647ba2bec5ae88bdfce1923e3d442d3efdcbf2bca7948c3e02724fbe506082becc42e2bb74ccddbd441bf93d8d1988beb5c5843d6422b23e08b4c63dd44e303d536ea03e4fbc90bd00a589bc5f564c3e002024be0e70f6bcfbf5d5be1868923e16829cbefa14dfbe2baf6fbe1c750fbfaa22b8bef6df26bdd1c7913e629079bd5874683d5055afbd', 0, 1);
INSERT INTO public.syn_round_updates VALUES (2, '\x53594b550100000029000000020000005eeac9d813e8ce3f0b9b03a931b1c43f452b6c8ebb3ccdbf94f1db051863cfbf57d81ca8ec6aae3f9f8cdfaee252bf3f2b6c0e44abe6ccbf3d19bfdd0318d4bf70977a72841bafbf7b327e3b8ee1d23fcaf8edf2f6f0c43fe3b74bcdd500a0bf7ebbd4f3388cd13fb4c2e6009ec3c8bf12adb0b91e1fd0bf0000000054b74d3fd10a9b0338d9bbbfbbd493f13802bf3f94f1db45ebf0d0bf1d48b4e21e71b13f8ddf2e75be29d63fb4c2e6409e4fb93fe3b74bbd9c79a63f41a21596b2bbd43f8956d87c5917b3bfd10a9b03771b92bf70977a924f9fcb3f48b4c2e6f9f9c2bf4c3d199fa749a0bfe02ef5443795dabf534fc66fca74d23fb13990a873e4d3bf5eeac9b82807dcbf617320b1ebd3cbbf7ebbd4135401e2bf163607d2ce27d7bffc76a9a7f7c7a1bf82442b8cdf44d23fb1399088fe77b0bf77a927e39232ac3fb84b3d1928fbb2bf1300000072656c30312d70672d776f726b65722d612d316c000000000000000b4b763ee90d0e3efa5c77be0ade7abe6557733d2965e33d02a580be80d7a2be177995bdf59d903e882e1e3efc3305bd24f9803ee05d67be558d6fbeb1856cbda908dbbd28d5fa3ddd6184be793b9a3dc3e7b23ed70bcf3d1f88c9baea49aa3ee941aabdb8db90bc6b10403e6ff143be8c41b9bcd65fd6beee93883e4e9fa3bec95fe0be83fd5ebece400ebf4a69bbbebb5819bd2c68943e16078dbd7803583d8234e3bd1300000072656c30312d70672d776f726b65722d622d316900000000000000e26a6d3edf1d123e68c67fbef11d6bbe2f57613d9df0d63d53097dbe4ee8a1be1d6463bd9b63863e5be41e3ee60503bd269f7c3e0c0a74be9b875fbec93ae0bcc0c9debdc811f83d5a8787be1d006e3dd4d7b03e177acb3d9e689a3c0ddd9e3efdaa8abd4f6f81bcd35d2c3e462342be6abbf0bc5ccbd6bea6e5863e6dd59ebec5dad7bee25480be17670ebfadbdb5be754526bdfc26923e362486bd965d633dac27e7bd', 1, 1);
INSERT INTO public.syn_round_updates VALUES (3, '\x53594b55010000002900000002000000b84b3dd95e3dce3f85cd8124d201c23f048956d85070cfbfd81c48544c63cebf048956b8f74ead3f28e3b7eb2aa8bb3f48b4c2c62ae6cfbfa21536c7324cd4bfbf5dea59c27ab0bf3607120d6772d13f9b03893605d1c33f2b6c0ee41b84a0bff9ed520f4aeacf3fce8144aba3b3cdbf8ddf2e55ebf4ccbf8956d86c3ae6a5bfc66f97fa4d9cbbbfb13990680e2fbf3fce8144ebddbdd0bf245a6103a91bb13fb1399068703cd63f19bf5dca2ca9b93f452b6c7ebe6e813f534fc68f0295d43ffc76a9c7ec55b3bf048956382a2891bfd593f13b54cbc63f41a21576b361c8bfd81c48f44e939abfe02ef5e49ad2dabff564fc36faf7d03f617320f15f28d4bf4c3d195f9485dbbf048956d8ddf2cdbff9ed52af75cae1bf534fc68fb613d7bf4c3d195ff9f6a3bf163607927469d23f85cd81044234b1bf12adb0f981b3ab3f6985cd01dfa4bcbf1300000072656c30312d70672d776f726b65722d612d316c00000000000000870f723e30a7e83df55482bebff172bebe776a3d4519d63d3a1990be79c3a4be6e5c83bdce96813e1ab8163efa711fbd69ce683e544e89be11b950be00c9c8bd41e4d8bd2b6cf93d4ecf82bea176923da92bb53ed324ce3d237c08bdb4c8a73eef94a4bd524189bc3fb8163e56356cbe703e99bc1a5cd7be35657b3e1e1ea6beb184dbbef1606dbe74d80dbf628bbabe83dc28bd6329943e8c0a92bd426e553da42817be1300000072656c30312d70672d776f726b65722d622d316900000000000000601a6e3e3c3af33d2fc97fbe6ef663bed127423da96ebf3d5ce084be58f1a2be686471bd295b7c3e73a2153ef112dabc579d683ed14987be967449be81adb5bd70e2dcbd7378f93defee85be10b1a23d33d4b53e05d6ce3dd37a20bc3e4ba13e299c90bd711872bca8d1153e328076beae7a4a3b2b67d8beafcb7c3ec116a0be3857dbbe80eb82bee4b40abff943b7bed5ce26bda54b933ed1bb8bbdba9e603d340c0cbe', 2, 1);
INSERT INTO public.syn_round_updates VALUES (4, '\x53594b55010000002900000002000000b4c2e6c08203ce3f41a215b6b4bbbd3f28e3b77b2524d0bfd593f11be371cdbfeac9f88d0ed3aa3f0e245a819a5db93f57d81cc82052d1bf20d10a1bb67bd4bfee524fc6a286afbfb4c2e6e015facf3f6985cd61e7c5c23f48b4c23613d3a0bf9f8cdf0ec716cd3fe740a2b5f609d1bf245a61b37da4c9bf4c3d195fb6ebb7bf41a215b6845bbbbf7b327e1b472ebf3fe3b74b9d2f8bd0bf6c0e24dad24eb33fe02ef5c4d7afd63fbbd4939185cfb93f94f1db95c93e96bfbf5dea89b592d43fdca59eac9157b3bf6c0e24aa7f2890bf48b4c266d2c8c23fc66f97ba0629cebf452b6cde5c4e80bfb4c2e620f8fbdabf4fc66f77bd82cf3f8956d8bca964d4bff9ed52cfc86ddbbfe02ef5e4fb2dcfbfe740a2958a89e1bf12adb0d9b21dd7bf9b0389f62bfba4bf048956788277d23f163607b2d1ddb1bf2ff5643c4a5eab3f00000080ce35c2bf1300000072656c30312d70672d776f726b65722d612d316c00000000000000a4fe6f3e6f97e33d88a284beea8f6ebe7498563dfb66cf3d9b5193beaa54a6be0a2058bdd76b763e8ba70e3e64bc1abd105e533ef8d093be580d30be61b90abe9f96d6bd2400fd3d522f83be0726b33d8197b83e747ad43deecd4dbdfa8dab3ea6b692bdfd4381bc89ff023ecac583be7f5ad03a178bd8be95f36d3e295fa7be995bd9bef49778bea21b0abf1e78b9be632824bda8a1943e43a096bd986e4f3d8af220be1300000072656c30312d70672d776f726b65722d622d316900000000000000fd99703e394dcb3d15e77bbe8a6d5fbe8b253f3dba71cd3d5b478dbe18e3a4be48b879bda3cb803eddcf123ef42f0bbd427f4f3ea73791be4e4726be4d88dfbd26dcdabd3972f93d7d5984be6d6d9f3dfabab93e936ad03dc7e311bda49da93ef60e82bd162360bc419f033e2f1985be71273b3ccf6ed9be56586e3e280aa2be65b4d4bebadc83be146d08bf9e49b7be631546bd14bc933ef0cb90bd42195f3dacd815be', 3, 1);
INSERT INTO public.syn_round_updates VALUES (5, '\x53594b55010000002900000002000000eac9f80d6709ce3f65fc76c9c3f3ba3fce8144bbe22ad0bfb84b3d5940e3ccbf327ebbb42861a93f3a906845fccdb93f245a61d3eb0ad2bfb1399068cfb3d4bf7320d10af315adbf9f8cdf6ead7dcf3fa21536a78616c23f000000804662a2bffc76a967b42eca3f977a32de1f51d2bff564fc367e67c5bf12adb059d75bbfbfc3e640e23516bbbfe3b74bddf267bf3ff2dba5be4978d0bf9b0389f6a82db53fb4c2e600e624d73f48b4c2c63a4fba3f82442bcc9b08a6bf12adb0b92953d53f327ebb941a50b1bf245a613371328ebf6985cda1c869c03fd81c4814a38dd0bf327ebb34bb5d7a3f9f8cdf0e6b1fdbbf7b327efba7c4cd3fce8144abc897d4bf0712ad500ce2dabfdca59eccd600d0bf48b4c266ec28e1bfd593f19b990cd7bf61732031379ca6bf2ff5647c0f86d23f2ff5647c1378b2bfadb039d0f5e4aa3f28e3b7cb336fc3bf1300000072656c30312d70672d776f726b65722d612d316c00000000000000e9f8723e638ec63d3bdf85be994861be46094b3da6faea3d96069cbe8e20a7be67ff39bd60086e3e2e2d103ef3f52abd978c3d3eebd899be1acc11be9c931dbebd6bd4bdb5be023e97bc80be2822b43d2ceaba3ec734d43d7e4c76bdbccdae3e766687bd8a9371bc1250f13d86a98fbee1abc73cef92d9beb9695e3e3224a7be3351d2beccbf79befd9906bfde46babed54e4cbd151e953e82fd9abdf9214d3daa9224be1300000072656c30312d70672d776f726b65722d622d316900000000000000e944773efc37af3d9d1c85be1b135bbee9803f3da3fcc03d5eca92be4465a6be4bd449bd3aa2693e8c400f3e473a0bbd79c03e3e7086a1be822b06be826f0ebeafb1d8bd973ffb3d4ec283be8bd89f3d8bd2bd3e3522d43d11bf55bdc678a93ee6c063bd07854ebc1e5bd23d604493bebe68bd3c7c6adabe3b945a3eaf93a2be3d47d3be39e589be77df06bf1104b5be0a3c2dbd7c30943e6e7995bdff035c3d3b1927be', 4, 1);
INSERT INTO public.syn_round_updates VALUES (6, '\x53594b550100000029000000020000008956d83ce5a2ce3f57d81c48a861b73f7b327e5be9afd0bf1636077221c7cbbfc3e640423caba83f12adb019ebc8ba3f57d81c0824efd2bf327ebb5487d8d4bf82442bcca939a8bffc76a967a77bcd3f245a61f310f7c13f534fc64f2a6aa3bf977a329e8bc4c73fb4c2e6c03ab4d3bf57d81c881882c1bf8956d85c9bc3c2bf6c0e243ae0d0babf1d48b4720f07c03fd81c48f43f47d0bfd81c48943d44b53f617320b1238bd73ff9ed52ef7385ba3f85cd81e40ec8acbf5eeac9b89b85d53f1d48b4829032afbf8956d87c6f098cbffc76a9e7ac41bc3fb13990680e2ed2bfa927e3f79953983f8956d81ca63fdbbf452b6c6ebc90cb3fd10a9b63859cd4bfeac9f88d4f59dabf2b6c0ec46269d0bfa927e39787d7e0bf61732071def5d6bf61732091ae9fa7bf20d10a9b1e95d23ff564fc36ad08b3bfa21536e7048faa3f7b327e9b2cbac4bf1300000072656c30312d70672d776f726b65722d612d316c00000000000000c2467a3e3771a03dfbae8abe1cbd5ebee259453d6d0ed33dd42ba0be1cb2a7beb68244bd93c3603eb6010c3e9d7a2cbde6532b3e7035a9beef35eabdf4533cbebe87d2bddcfd013e1e2581be73ddb73d630cbe3ef32fda3d6d7da5bd3b43af3e107286bd7c4b60bc79b1c53d37f59bbedd07ea3c6989dabe84b64e3e129aa7beb237d3be064881be708204bf7c16b8be357647bdd19f953ecbb8a4bd6658483d43d338be1300000072656c30312d70672d776f726b65722d622d31690000000000000007fc733ea782903db36686be8d1749be38b43a3dd955ce3d555898be1a75a6be21932ebd64775f3edc9a0e3e29d311bdec662c3e99d7a7bef13dd7bd9b4021be0287d6bd7c38003e003a82be7b7eaf3d671dbf3e1897ce3daf9e5bbd10fda73e685b33bd43b33cbc7d0faf3d66059ebef4ed2a3da454dbbe4152473ea4de9fbe0dbdcdbef4588cbe42b803bf36b7b7be7c6e2ebdf5a8943e44e699bdf2b1593d90882bbe', 5, 1);
INSERT INTO public.syn_round_updates VALUES (7, '\x53594b55010000001f0000000200000038577cb71590d23faaa4b7634ee4cd3f721a06fad0e1cebf7dfc4dd7c8fed1bf0dc132eb3245b23f923023a72b42c63f6fea7ea6cc91cabf704c500730b4d6bf3d5c9e6ffcd4a8bf687bf3ccef28d83f901bb9b6aa15ca3f020d5308e59a9fbfe4d534d8e0edd63f3be69f78b5d0c4bfd63051e7fba9d3bfc375a91cb500b73ff67f7d6470e2bfbf80ace618b3e7c13f25407836a090d3bf4dd26f6cafdfb43fb44930c72937d93f5abfc978d883bc3f94dc5539c250bf3fbbf7de7901b4d83ff5f9bb782f00b2bfd37e75000cd595bfa522c311336ad43f8a19e10d8b26b5bf1c2a34c93c89a6bf9db21ba49336debf00000000000000001300000072656c30312d70672d776f726b65722d612d32d500000000000000a3c0ba3ef2e08f3e12403dbe24c975be82f5933dfe468c3eff93f5bd6baf79be9dfa693dd874b73e520c9f3ea430973de5fcc03e2df8b3bd650429be3bbb2e3e354237bd8447de3dcde090be61a2d53d65cffe3e5a59573ee571733e4524fa3e53eac6bcde16c23d20f9dc3e5dff24bdb5aa793d3796a9be38522dbd1300000072656c30312d70672d776f726b65722d622d32d5000000000000008d32bc3e0530863eae3639be5a5f81be47b18d3db8858b3e6c8411be94d27bbe8e603b3d2acfb33e59589d3ee10b933db68dca3e1301e8bd579f2ebe7ee32a3e3f1a27bddfc4153ec1dc93be89e6e23da62e003fe9053f3eb36f7a3e98fdf53ec0e500bd875eba3d42e7dd3ee0a084bccd510a3d7b6ca8beeaec90bd', 0, 2);
INSERT INTO public.syn_round_updates VALUES (8, '\x53594b55010000001f0000000200000000000000336fd73f000000700f61d13f000000006c67c7bf000000807d88cfbf000000906c1ab23f00000060cb7cd13f000000b8e6c4c0bf000000f01f58cfbf000000b0b255aa3f0000002040b4d63f000000b04ac6d33f00000050c8a3b23f000000b0a9b8d83f0000000094bfb9bf000000c03b7ac5bf00000090eb99c53f00000040c7e5a5bf000000108a4ec03f000000e0d84bd2bf000000a08e88bb3f00000010cbf2df3f00000030f465c93f0000008019dece3f000000d01d02df3f000000305d8b9cbf0000005056c7b73f0000002006aedb3f000000a0f9e99cbf00000020c83fa83f000000202b20d5bf000000c0c0f2acbf1300000072656c30312d70672d776f726b65722d612d32d50000000000000065e9ce3efc3d8d3ec7d527be369472be1481573d9ec1a53e3942d6bdca2b4abe7d5abf3d491ea73ef2f5b83e1c32003e1299c23effe29dbda6fdafbdd2fd543e6e55f2ba95d3e23d18f78dbecf0aed3d6d280d3fe68d6b3edca7933ea55f053f32e7cabce10d193e0b3ffa3e66cc8dbc429dc23d736881be8425a4bd1300000072656c30312d70672d776f726b65722d622d32d5000000000000005397ce3e8035823ec47539bec1b589beb579023dd41da43ec16000be839f4dbeb64e9e3d4a249f3ea6b1b63e105ff93dc926c63ecd4cbbbd23b2b5bd56f64d3e1c3492bb1ab3ff3d3a5791be3987fa3de89e0d3f9411613ef383963e5371033f90f4dbbc4112173e9016fb3e07fccb396d0aaf3d61f378be38cfcdbd', 1, 2);
INSERT INTO public.syn_round_updates VALUES (9, '\x53594b55010000001f00000002000000000000800bd8d93f000000c037f7d03f000000b0b814c6bf000000c0fd2fd0bf00000090ac9fa53f00000020f79dd43f000000b03b70bdbf000000d0b47cc9bf0000003093dab53f000000302964d43f0000008079fad63f00000080349cbf3f000000b0fd8bd83f000000c0fc92b5bf00000090fc5ab6bf00000080422fca3f000000f02ed969bf000000f06a28be3f00000020e5f4d1bf000000802079be3f0000005075ace13f000000a0f7c9cc3f000000f0bca2d23f000000800f8de03f00000020bc6d9abf000000200202c33f000000b05955df3f000080bc8e5381bf000000f07a1ab73f0000007044bccfbf000000c04b1fb7bf1300000072656c30312d70672d776f726b65722d612d32d500000000000000f8a3dc3eff28883e442526be24d47cbeb67adb3cdc38b63e1a0fcbbd4edf2bbe3a53e93de416983e6593c93e7c10223e2937c03ee4438cbd06c3cabc675f6e3ec596d93c40cdd83dcd3b8bbedc71fe3dc18a163fd2a87b3e1c3ca53edffb0a3fe6abc5bcb3ba3f3eb22a073f0f95eaba18ed023e796840be8bb0d8bd1300000072656c30312d70672d776f726b65722d622d32d500000000000000065cdc3eb07e7f3edf2a2ebe03b889befc278c3cc1b5b33ebe73efbd28672ebe46f1cf3d9a24943e4126c63ef30b1c3ea529c53e86399ebd8febe2bc65bd693e8d2fda3cbc22f73d9cd88dbe859a093e818c163fa59f703ec90aa73e63ce083f5a94ccbc36a43b3efffb063f48a0553c2f39f03dde7239bef3d9f8bd', 2, 2);
INSERT INTO public.syn_round_updates VALUES (10, '\x53594b55010000001f00000002000000000000e0ff8fdb3f00000070857ed03f000000300245c5bf000000502182d0bf000000202b7a963f000000d0e99ed63f000000802da8bbbf0000006067a4c5bf000000004894bb3f000000e0b7c3d23f000000609afbd83f000000f0c6e1c33f000000e00c56d83f000000a0d6a7b2bf00000050e9da9abf000000c0cc81cd3f00000020653c9b3f000000c0fffebc3f000000904691d1bf00000030378dc03f0000002074d1e23f0000007087c4ce3f000000506ec4d43f00000020a43ce13f00000000042499bf00000090eeb5c73f000000106be2e03f000000c4b409773f000000f03561bf3f00000070b59dc7bf000000e0a718bdbf1300000072656c30312d70672d776f726b65722d612d32d5000000000000002b5ce73e8499833e8b1621be74d681be32ce0f3cd24fc13eab06c8bdc89915bec132043e33a38d3e4782d43e2c6d383ec755bf3e277c68bdc938d63c1db9813e5036503dc814d93dede483be615d0c3eea201d3f0bef813edc4ab13e19760e3f29ebcebc66235a3e48230e3f997b173c2964233e9a070abe02e5f9bd1300000072656c30312d70672d776f726b65722d622d32d5000000000000007e89e63eeb7a783e511e28be2dc289be648af93aae76bf3e3830e5bd62d916be2feff53d54f78a3ea1dcd13e81da333e4fc1c43e81578dbd26059e3c19067d3eb0bc483dbf22ef3dd9e78bbed6f50f3e495d1d3f090f7d3e54e8b43e8f790d3f3c95b6bce69d573ea33c0e3f2245e13c31c0133e1acc06be72bb0abe', 3, 2);
INSERT INTO public.syn_round_updates VALUES (11, '\x53594b55010000001f00000002000000000000905adedc3f00000030dffacf3f000000c04d93c4bf000000108ab9d0bf000000d0efdf753f00000000680cd83f000000306ed3babf000000a032c7c2bf000000104be5bf3f00000070a889d13f00000080ee65da3f000000d07ac4c63f000000607141d83f000000485919b0bf000000f0de43973f00000098c203d03f00000000308fa93f000000707883bc3f00000060ccfcd0bf0000007033c5c13f00000030e3a7e33f000000f86807d03f000000003363d63f00000080fabee13f00000050065898bf000000c0141ccb3f000000b0fec5e13f000000e82ed0923f000000a04572c33f000000403b0dc1bf00000030df7ac0bf1300000072656c30312d70672d776f726b65722d612d32d500000000000000e9f8ef3eac997b3e8f5f1fbee22685be80aef2bb7c6fca3e9a2ac8bd476d02be02d6103e030f853e2858dd3e7fa24a3e3854c03ef8f751bd5440843deca6893efda88f3dd990db3df17d83be21d2113ec6a9223fae36853e9b22bc3eb86a113fba28c9bc2813703efeff133f135bd23cb56c393e5c1bc0bd34690bbe1300000072656c30312d70672d776f726b65722d622d32d5000000000000008684ee3e282e6e3efc3425be6d4c8dbe3f2587bcd3eec83e12ade1bd88a903be5b51073e0e19823e6b67db3e026c473ec547c33ec0227bbd82e8803dc7e8853e4bb8883d0e00ea3d4dee87be1492143e82e5223f8773823e52cfbf3ebd38103f70a3b6bc0a696e3e6242143fdcc71b3dbc442f3e13fab2bd774212be', 4, 2);
INSERT INTO public.syn_round_updates VALUES (12, '\x53594b55010000001f00000002000000000000f0d6e7dd3f000000407d9cce3f000000b04849c4bf000000f03427d1bf000000e01b7a88bf000000f0e435d93f000000c07a9dbabf000000f06c61c0bf000000d07582c13f000000108172d03f00000030f98bdb3f00000010e820c93f000000d0bf39d83f00000080abd1acbf000000608d52b03f00000030fbf8d03f000000801486b13f000000700e59bc3f000000e0c3b6d0bf000000504366c23f00000080f458e43f00000050a37ad03f000000d01ebfd73f00000050371ae23f000000a0c2fc97bf00000020c3e7cd3f000000002684e23f00000058564fa03f00000010178bc63f000000f05631b7bf000000b0badac1bf1300000072656c30312d70672d776f726b65722d612d32d500000000000000b881f73eb3d2703e59f41cbed6a488be262ac3bcd6c0d23e5f8bcbbdce7ee6bd30cf193ed4c0773e1e8ce53e49ae5b3e30e4be3e8cbb46bd5c40d33d9a87903e8a89b23d11fada3d98d781beb791173e4a9c273f710d873efb11c53e0d72133f5a7cdbbca9ed813eb950193f278f0d3d916c4b3e14b85cbd71fc12be1300000072656c30312d70672d776f726b65722d622d32d500000000000000bb83f63eb57f643ec23622bea0138fbedbb7f2bcd0cdd03e0071e3bd371be7bd99f0123ee827753e57d6e23ed3cb563ef42ec33e47525abd3bb2ca3d0a7d8d3ea9bfae3d65f0e83dd9eb85be2dbd1c3e92af273ffd5d843e682ac83e2a91123f0b92c2bc5c81803e903e193f1997433dc846443e1d9f45bd26691ebe', 5, 2);
INSERT INTO public.syn_round_updates VALUES (20, '\x53594b55010000001f000000020000000000002018aed83f00000010b51bd13f000000f06ed7c6bf00000030da16d0bf00000050f3b2ab3f00000020701fd33f000000d0e5cebfbf000000e00866ccbf000000c08d52b13f00000020f865d53f00000060c570d53f00000000e36bb93f00000020a472d83f00000020323bb8bf00000000f4c6bfbf000000702602c83f000000406dbb96bf00000050add0be3f00000050461ed2bf000000c04c2ebd3f00000010b9dde03f000000d07af4ca3f00000070790ad13f000000d08b00e03f000000c0b6149ebf000000b0b03cbf3f00000040fa99dd3f000000e065d995bf000000c09140b13f000000607e4dd2bf000000806706b3bf1300000072656c30312d70672d776f726b65722d612d32d50000000000000011eecd3e1c708a3e701d2ebe05c17bbe66613f3d5cb6a33eb8e3e5bd51174ebeb880b23d7795a53e5fadb63ec8d3f73d7affc13e9972a7bd46b6afbdda2a523e21cd82bb4e46e73d0f6b8cbe3714f53dc68d0c3f07e0663e7ae5923ef090043f48c0d9bce392153e6df2f83e79678bbc1f15bf3d6f057fbe2b65abbd1300000072656c30312d70672d776f726b65722d622d32d50000000000000067c8cd3e3ae7853e966632be888a83be10122d3d24afa23e46c6f7bd64424fbe6346a53dd8c9a33ef738b53ebae5f23d0b93c53e04cab6bd67d0b7bd012b4f3e57a58bbb7cd8f93dd1b78fbe13cbfa3d40ab0c3f7d2d613e8d72943e1487033f626fd6bcc2d8133e7002f93eb793c1bbba19ad3d82767dbe4f59bebd', 3, 3);
INSERT INTO public.syn_round_updates VALUES (13, '\x53594b55010000001f0000000200000038577cb71590d23faaa4b7634ee4cd3f721a06fad0e1cebf7dfc4dd7c8fed1bf0dc132eb3245b23f923023a72b42c63f6fea7ea6cc91cabf704c500730b4d6bf3d5c9e6ffcd4a8bf687bf3ccef28d83f901bb9b6aa15ca3f020d5308e59a9fbfe4d534d8e0edd63f3be69f78b5d0c4bfd63051e7fba9d3bfc375a91cb500b73ff67f7d6470e2bfbf80ace618b3e7c13f25407836a090d3bf4dd26f6cafdfb43fb44930c72937d93f5abfc978d883bc3f94dc5539c250bf3fbbf7de7901b4d83ff5f9bb782f00b2bfd37e75000cd595bfa522c311336ad43f8a19e10d8b26b5bf1c2a34c93c89a6bf9db21ba49336debf00000000000000001300000072656c30312d70672d776f726b65722d612d32d50000000000000052c8ab3eb7ef883e9f834fbe5c6881be2afe9c3dc528713e57ec19be0fd191be8287973cbda0bd3ead278a3e4ec2093d0509bf3eb945edbd490a65bee2490f3e6aca9bbda2c6f83d224295bec682c43da437ea3e5f4b323e1fde473ecaece63e2c8b23bddc044d3da19bc63e176565bd8b24943c7e56c7be46efbdbc1300000072656c30312d70672d776f726b65722d622d32d50000000000000021dbac3e4003833e691d4ebefce584befde3983dbaa86f3e7b3927bee15993be71d02f3c5243bb3e73e1883efcc5023dfff5c33eeb7605becbb068be7f510d3e345595bd1108123ea0e095be4766cb3d2fc8ea3efb44233e9d64493e95cce33e33a737bd21e5403dccd1c63eecf532bdf86b563b8537c7bee85825bd', 0, 3);
INSERT INTO public.syn_round_updates VALUES (14, '\x53594b55010000001f0000000200000038577cb71590d23faaa4b7634ee4cd3f721a06fad0e1cebf7dfc4dd7c8fed1bf0dc132eb3245b23f923023a72b42c63f6fea7ea6cc91cabf704c500730b4d6bf3d5c9e6ffcd4a8bf687bf3ccef28d83f901bb9b6aa15ca3f020d5308e59a9fbfe4d534d8e0edd63f3be69f78b5d0c4bfd63051e7fba9d3bfc375a91cb500b73ff67f7d6470e2bfbf80ace618b3e7c13f25407836a090d3bf4dd26f6cafdfb43fb44930c72937d93f5abfc978d883bc3f94dc5539c250bf3fbbf7de7901b4d83ff5f9bb782f00b2bfd37e75000cd595bfa522c311336ad43f8a19e10d8b26b5bf1c2a34c93c89a6bf9db21ba49336debf00000000000000001300000072656c30312d70672d776f726b65722d612d32d500000000000000ea12cf3e443a933e9b542ebe1f176dbe9777693dae03a63ed465b2bd293146be4b63d33dc5c9aa3ee911ba3e4c3a013efec8c03e48d54cbdd2aaa7bd95c7573e3434fbba1abdb73d24e189be0d27e93d98160d3fdcc4813e5fb6933e9170083f2f80debb543f1d3e6894fa3eb5f0a2bc342f003ec5827ebe091392bd1300000072656c30312d70672d776f726b65722d622d32d500000000000000713fd03e0cbc833edb9e27be3e7883be7ec6473df82ba53ede1500be401e45be07f8b03dcbc2a43eb676b73e1154fc3d60f1d03e00c2c3bd534ab7bd54bd4f3e9c885c3a95681e3ed25f94be5282003e26a30e3fa13f5d3e103e9d3e67b0053fcbe296bcad5b183e64bcfc3e00ddc33c2788993def0f76be68aaedbd', 0, 5);
INSERT INTO public.syn_round_updates VALUES (15, '\x53594b55010000001f0000000200000000000030378ad53f000000702fbfd03f0000008010dac9bf00000080e564d0bf00000070225eb33f000000f0170dce3f000000205d12c4bf00000000af52d2bf00000050f7ed8d3f000000f0408ed73f000000009230d13f000000a084c8a03f00000040f02fd83f000000f03883bfbf00000040b1dbccbf00000010b6c9c13f000000e0f911b3bf00000020b6e6c03f000000202cb2d2bf000000d090feb83f00000030fd4fdd3f000000a00559c53f000000c02b14c93f000000f095abdc3f000000f025b3a5bf000000d09fdea83f000000d0d6d6d83f00000030b085a9bf0000004041de853f00000030e0e8d8bf000000b00845a0bf1300000072656c30312d70672d776f726b65722d612d32d5000000000000005478ba3ea48a8b3ec60d3cbeca567abebb218e3d1ecf8b3ed45e05be0c0f7dbe86594f3d7b37b53ef0279e3eaf02953d3422c23e8cf6cfbd45082cbe442f2c3e2c7138bdfe8af43d749092bed134d63defabfe3e26194a3e29c5713e9676f63ecdf106bda773bc3d4f96dc3e53f11bbd96183d3d0c0fabbee4db47bd1300000072656c30312d70672d776f726b65722d622d32d5000000000000006ae9ba3e7b64853e349e43bed25f85be52d8723d50f98a3e6dc511be9ec27fbe91ae283d1cd5b03ef9eb9c3e085a913d6278c43e5ec8e3bd18752ebeb15f293ec3b837bd1853063eab8393be2642de3d7f38ff3e2f9a413e23cc733e40bcf33e2b9911bd615bb93d5ffcdc3e74dae5bc7e0a213dda16a9be4d1f80bd', 1, 3);
INSERT INTO public.syn_round_updates VALUES (16, '\x53594b55010000001f00000002000000000000b025f5d93f00000000656fd13f00000060375fc5bf000000b07940cfbf00000050e113ab3f00000060fab2d43f000000001929bbbf00000090f6b4c8bf00000020b545b83f00000000c9f8d43f000000f08918d73f000000908aecbf3f000000e0a51bd93f00000040caa2b2bf0000005052efb5bf000000904e78ca3f000000c0fc9d41bf00000040e448bf3f000000600fe4d1bf00000010bba2be3f000000e09bbbe13f00000090950cce3f000000f0460fd33f000000800fe2e03f000000d85ad089bf00000010b059c33f000000c00c75df3f000000802576603f000000f0689eb93f000000402b49cfbf00000010d7fbb7bf1300000072656c30312d70672d776f726b65722d612d32d500000000000000cb6fe93eca57873e66a018be936576be6d0b993c9538c53e583eb1bd21f80fbe9d760d3e755e8f3ef3cdd83eb6af403ea407c03e221a4dbd55dccc3c2465843e258b623dd71ad73d4fe486becb13043e50461e3fcb9f843eb041b13ecb500f3f272abbbc736f603e565c0f3f0202143c102d253ecf1512be0633f5bd1300000072656c30312d70672d776f726b65722d622d32d5000000000000004ecfe63e1d606c3eb08533be532a92bef88c2bbcc4b4c03e38f7f3bd513914be09d9ed3de41d853e3019d33ec2bf363e5c63c63e33538dbd13f9a03c3d0b793ee165423dbcdff43dd70490be8a2c103e5e801e3f78a87e3e3666b83efbce0d3f369f9cbc5d5b5b3e7d840f3f8b24233d1cdf163ec632febde9d916be', 1, 5);
INSERT INTO public.syn_round_updates VALUES (17, '\x53594b55010000001f00000002000000000000e01b56d73f000000f0f10ed13f000000a0bffac7bf00000070b328d0bf00000040de78b03f000000e0866cd13f000000104472c1bf000000a01acdcfbf000000708180a73f00000070c960d63f000000903eb1d33f00000070cb65b23f00000060a969d83f000000a0ee3bbbbf000000d0d5a7c5bf00000050ef58c53f000000f09e02a7bf000000708909c03f000000f04161d2bf000000706f47bb3f000000e046dedf3f0000005035bbc83f000000c01459ce3f000000602da3de3f00000080af88a1bf00000080f05cb73f000000e02a99db3f000000d0e8eda0bf0000004031e2a53f000000605e42d5bf000000e0a781acbf1300000072656c30312d70672d776f726b65722d612d32d5000000000000007454c53e4e4c8b3e4aed34bebceb7abe8f9d673d80ba993e8d75f3bd470f62be23d1923d3944ac3e6c8bac3e76efce3d3001c23e8cbbbbbd68c5fabd9d04413e3a15babc697aea3d99d590be128fe33d0af5063f25d55b3e821e883e8ecd003f9f59eabcf4dafc3d1405ed3efb67d2bcb4a2903d6cd992bec6bb8cbd1300000072656c30312d70672d776f726b65722d622d32d5000000000000000e8dc53e036f863ea58938bec5f783bea691533d823c983e68bc04be475164beb957823d491baa3eea80aa3ebacec73d1229c53e96f7c7bdecd400beca1d3f3e9aa1b1bc3648013ecc0e91beba55ef3d87e6063f8872533e1589883e5e76fe3ecdf1f6bc17f0f63d909aec3e632e8bbc6866833d7afe91beb2aaa3bd', 2, 3);
INSERT INTO public.syn_round_updates VALUES (18, '\x53594b55010000001f0000000200000000000090f103dd3f00000010fbb0cf3f0000006061c2c4bf000000c8d1d5d0bf000000403cd1703f00000090d55ed83f000000005953babf000000201743c2bf000000183246c03f00000090c547d13f0000003072beda3f00000080f776c73f00000000b066d83f00000080087caebf0000008056dd963f00000028ac0ed03f00000060104faa3f00000030a9bfbc3f00000060926ed1bf000000500544c13f000000e06acce33f00000070403fd03f000000607e9ad63f00000060fcd1e13f000000d0957c95bf00000000adbccb3f000000300deee13f00000070a104993f000000c0c2c0c33f00000020f312c1bf000000c03617c1bf1300000072656c30312d70672d776f726b65722d612d32d500000000000000bdbdf93e4802783eb7fa1abe509e84be73fc9dbc855ad63e9296b9bdb5b9ddbd6ca2213edd5f763e9581e93eca37633e727ebc3e10242abdaac6d63d4827933e04feb93db0b0d23dd35f82be41f8103e7fd5283ff2f28a3e8277c53eb2f3143f7fedc4bcce46853e5e911a3f3e17023dd26b523edfc863bddb5c16be1300000072656c30312d70672d776f726b65722d622d32d5000000000000004151f83e232b5d3e601926bee45f93be30c606bd49b2d13ef18df3bd1ff0e4bdb1ff0f3efa116b3e8229e33e1ae2573e6821c43e39a363bd6276cb3d20298e3e198ab63d8bbdf33d8fba8abee3ea1f3eb9d8283f1d9f833e6b06ca3e138b123f9b18b8bcc401823e44441a3f0d205f3da7223f3e15a531bd45002cbe', 2, 5);
INSERT INTO public.syn_round_updates VALUES (19, '\x53594b55010000001f0000000200000038577cb71590d23faaa4b7634ee4cd3f721a06fad0e1cebf7dfc4dd7c8fed1bf0dc132eb3245b23f923023a72b42c63f6fea7ea6cc91cabf704c500730b4d6bf3d5c9e6ffcd4a8bf687bf3ccef28d83f901bb9b6aa15ca3f020d5308e59a9fbfe4d534d8e0edd63f3be69f78b5d0c4bfd63051e7fba9d3bfc375a91cb500b73ff67f7d6470e2bfbf80ace618b3e7c13f25407836a090d3bf4dd26f6cafdfb43fb44930c72937d93f5abfc978d883bc3f94dc5539c250bf3fbbf7de7901b4d83ff5f9bb782f00b2bfd37e75000cd595bfa522c311336ad43f8a19e10d8b26b5bf1c2a34c93c89a6bf9db21ba49336debf00000000000000001300000072656c30312d70672d776f726b65722d612d32d500000000000000a3c0ba3ef2e08f3e12403dbe24c975be82f5933dfe468c3eff93f5bd6baf79be9dfa693dd874b73e520c9f3ea430973de5fcc03e2df8b3bd650429be3bbb2e3e354237bd8447de3dcde090be61a2d53d65cffe3e5a59573ee571733e4524fa3e53eac6bcde16c23d20f9dc3e5dff24bdb5aa793d3796a9be38522dbd1300000072656c30312d70672d776f726b65722d622d32d5000000000000008d32bc3e0530863eae3639be5a5f81be47b18d3db8858b3e6c8411be94d27bbe8e603b3d2acfb33e59589d3ee10b933db68dca3e1301e8bd579f2ebe7ee32a3e3f1a27bddfc4153ec1dc93be89e6e23da62e003fe9053f3eb36f7a3e98fdf53ec0e500bd875eba3d42e7dd3ee0a084bccd510a3d7b6ca8beeaec90bd', 0, 4);
INSERT INTO public.syn_round_updates VALUES (21, '\x53594b55010000001f0000000200000000000000336fd73f000000700f61d13f000000006c67c7bf000000807d88cfbf000000906c1ab23f00000060cb7cd13f000000b8e6c4c0bf000000f01f58cfbf000000b0b255aa3f0000002040b4d63f000000b04ac6d33f00000050c8a3b23f000000b0a9b8d83f0000000094bfb9bf000000c03b7ac5bf00000090eb99c53f00000040c7e5a5bf000000108a4ec03f000000e0d84bd2bf000000a08e88bb3f00000010cbf2df3f00000030f465c93f0000008019dece3f000000d01d02df3f000000305d8b9cbf0000005056c7b73f0000002006aedb3f000000a0f9e99cbf00000020c83fa83f000000202b20d5bf000000c0c0f2acbf1300000072656c30312d70672d776f726b65722d612d32d50000000000000065e9ce3efc3d8d3ec7d527be369472be1481573d9ec1a53e3942d6bdca2b4abe7d5abf3d491ea73ef2f5b83e1c32003e1299c23effe29dbda6fdafbdd2fd543e6e55f2ba95d3e23d18f78dbecf0aed3d6d280d3fe68d6b3edca7933ea55f053f32e7cabce10d193e0b3ffa3e66cc8dbc429dc23d736881be8425a4bd1300000072656c30312d70672d776f726b65722d622d32d5000000000000005397ce3e8035823ec47539bec1b589beb579023dd41da43ec16000be839f4dbeb64e9e3d4a249f3ea6b1b63e105ff93dc926c63ecd4cbbbd23b2b5bd56f64d3e1c3492bb1ab3ff3d3a5791be3987fa3de89e0d3f9411613ef383963e5371033f90f4dbbc4112173e9016fb3e07fccb396d0aaf3d61f378be38cfcdbd', 1, 4);
INSERT INTO public.syn_round_updates VALUES (22, '\x53594b55010000001f00000002000000000000e0ef20df3f000000b0d652cd3f000000704111c4bf00000040e37fd1bf000000308db89abf000000e0cc80da3f0000003048d2babf000000409d2abcbf000000d0211ac33f000000701d17ce3f00000070b1cadc3f000000409eb1cb3f000000a0fd09d83f0000009074dca8bf000000c0d023ba3f000000800615d23f000000d08108b73f000000b0e366bc3f00000020a6d1d0bf00000040320ec33f00000080e31ae53f000000f020e9d03f000000d0def7d83f00000050ec77e23f000000a061d097bf000000208974d03f000000205a4de33f000000b07413a63f00000090e718c93f00000040df56a9bf00000000d225c4bf1300000072656c30312d70672d776f726b65722d612d32d500000000000000d951033f3951653e511b15bed5658abeea1b39bd9b4ce13e44bfc5bde2f8abbdcd39313ecd2f5b3eb3d4f33e35b2783e5cdfbb3e1843d1bc609b303e03d09f3e892ffa3dfd85d93d54626cbeb5f5233e2912303ff5ac8c3e414ad33e3f20183ffcd3e2bca92e933e872b223fe893413dee6e803e9c2d873c479c23be1300000072656c30312d70672d776f726b65722d622d32d5000000000000003129023fb6464d3ee6461fbee9d393beca5a62bd9903de3e846cf4bd8dbcb0bd444f243e10c1533e0d07ef3e3354703e6a05c43ed39c44bd6b80203ee338993edc6eef3d82c2ec3d117388be1f10233e7381303f77a8883e7064da3ee2c1173f30aea2bcc341913ef45a223f746f993de19a633e03e18d3cfaa236be', 3, 5);
INSERT INTO public.syn_round_updates VALUES (23, '\x53594b55010000001f00000002000000000000800bd8d93f000000c037f7d03f000000b0b814c6bf000000c0fd2fd0bf00000090ac9fa53f00000020f79dd43f000000b03b70bdbf000000d0b47cc9bf0000003093dab53f000000302964d43f0000008079fad63f00000080349cbf3f000000b0fd8bd83f000000c0fc92b5bf00000090fc5ab6bf00000080422fca3f000000f02ed969bf000000f06a28be3f00000020e5f4d1bf000000802079be3f0000005075ace13f000000a0f7c9cc3f000000f0bca2d23f000000800f8de03f00000020bc6d9abf000000200202c33f000000b05955df3f000080bc8e5381bf000000f07a1ab73f0000007044bccfbf000000c04b1fb7bf1300000072656c30312d70672d776f726b65722d612d32d500000000000000f8a3dc3eff28883e442526be24d47cbeb67adb3cdc38b63e1a0fcbbd4edf2bbe3a53e93de416983e6593c93e7c10223e2937c03ee4438cbd06c3cabc675f6e3ec596d93c40cdd83dcd3b8bbedc71fe3dc18a163fd2a87b3e1c3ca53edffb0a3fe6abc5bcb3ba3f3eb22a073f0f95eaba18ed023e796840be8bb0d8bd1300000072656c30312d70672d776f726b65722d622d32d500000000000000065cdc3eb07e7f3edf2a2ebe03b889befc278c3cc1b5b33ebe73efbd28672ebe46f1cf3d9a24943e4126c63ef30b1c3ea529c53e86399ebd8febe2bc65bd693e8d2fda3cbc22f73d9cd88dbe859a093e818c163fa59f703ec90aa73e63ce083f5a94ccbc36a43b3efffb063f48a0553c2f39f03dde7239bef3d9f8bd', 2, 4);
INSERT INTO public.syn_round_updates VALUES (24, '\x53594b55010000001f00000002000000000000e0ff8fdb3f00000070857ed03f000000300245c5bf000000502182d0bf000000202b7a963f000000d0e99ed63f000000802da8bbbf0000006067a4c5bf000000004894bb3f000000e0b7c3d23f000000609afbd83f000000f0c6e1c33f000000e00c56d83f000000a0d6a7b2bf00000050e9da9abf000000c0cc81cd3f00000020653c9b3f000000c0fffebc3f000000904691d1bf00000030378dc03f0000002074d1e23f0000007087c4ce3f000000506ec4d43f00000020a43ce13f00000000042499bf00000090eeb5c73f000000106be2e03f000000c4b409773f000000f03561bf3f00000070b59dc7bf000000e0a718bdbf1300000072656c30312d70672d776f726b65722d612d32d5000000000000002b5ce73e8499833e8b1621be74d681be32ce0f3cd24fc13eab06c8bdc89915bec132043e33a38d3e4782d43e2c6d383ec755bf3e277c68bdc938d63c1db9813e5036503dc814d93dede483be615d0c3eea201d3f0bef813edc4ab13e19760e3f29ebcebc66235a3e48230e3f997b173c2964233e9a070abe02e5f9bd1300000072656c30312d70672d776f726b65722d622d32d5000000000000007e89e63eeb7a783e511e28be2dc289be648af93aae76bf3e3830e5bd62d916be2feff53d54f78a3ea1dcd13e81da333e4fc1c43e81578dbd26059e3c19067d3eb0bc483dbf22ef3dd9e78bbed6f50f3e495d1d3f090f7d3e54e8b43e8f790d3f3c95b6bce69d573ea33c0e3f2245e13c31c0133e1acc06be72bb0abe', 3, 4);


--
-- Data for Name: syn_run; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_run VALUES (3, '17876', NULL, NULL, NULL, 4, NULL, NULL, '2026-12-03 09:34:53.611921+00', '17877', '2026-12-03 09:34:55.921622+00', 'FEDAVG', 32, 0, 0, 0, 0.05, 1, 0, 4, 42, NULL, '/tmp/oldrel/.synergos/nodes/rel01-pg-ttp/work/runs/3/global-model.json', 'search1-trial1', '2026-12-03 09:34:53.924687+00', 'EVALUATED', NULL, '17878', true, 11, NULL, 2);
INSERT INTO public.syn_run VALUES (5, '17883', NULL, NULL, NULL, 4, NULL, NULL, '2026-12-03 09:34:53.723548+00', '17885', '2026-12-03 09:34:55.935968+00', 'FEDAVG', 32, 0, 0, 0, 0.2, 1, 0, 4, 42, NULL, '/tmp/oldrel/.synergos/nodes/rel01-pg-ttp/work/runs/5/global-model.json', 'search1-trial3', '2026-12-03 09:34:53.875929+00', 'EVALUATED', NULL, '17886', true, 11, NULL, 2);
INSERT INTO public.syn_run VALUES (4, '17890', NULL, NULL, NULL, 4, NULL, NULL, '2026-12-03 09:34:53.707023+00', '17891', '2026-12-03 09:34:55.987747+00', 'FEDAVG', 32, 0, 0, 0, 0.1, 1, 0, 4, 42, NULL, '/tmp/oldrel/.synergos/nodes/rel01-pg-ttp/work/runs/4/global-model.json', 'search1-trial2', '2026-12-03 09:34:53.894544+00', 'EVALUATED', NULL, '17892', true, 11, NULL, 2);
INSERT INTO public.syn_run VALUES (1, '17763', NULL, NULL, NULL, 6, true, NULL, '2026-12-03 09:34:42.902968+00', '17764', '2026-12-03 09:34:48.758868+00', 'FEDAVG', 32, 0, 0, 0, 0.1, 1, 0, 6, 42, NULL, '/tmp/oldrel/.synergos/nodes/rel01-pg-ttp/work/runs/1/global-model.json', 'run-1', '2026-12-03 09:34:43.016465+00', 'EVALUATED', NULL, '17765', true, 13, NULL, 1);
INSERT INTO public.syn_run VALUES (2, '17796', NULL, NULL, NULL, 6, NULL, NULL, '2026-12-03 09:34:50.686771+00', '17797', '2026-12-03 09:34:52.205992+00', 'FEDAVG', 32, 0, 0, 0, 0.1, 1, 0, 6, 42, NULL, '/tmp/oldrel/.synergos/nodes/rel01-pg-ttp/work/runs/2/global-model.json', 'run-1', '2026-12-03 09:34:50.713714+00', 'EVALUATED', NULL, '17798', true, 13, NULL, 2);


--
-- Data for Name: syn_search; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_search VALUES (1, 'accuracy', '17805', 'grid', '2026-12-03 09:34:53.600116+00', 'admin', 2);


--
-- Data for Name: syn_stage_transition; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.syn_stage_transition VALUES (1, 'admin', '2026-12-03 09:34:53.253083+00', 'NONE', 'validated', 'STAGING', 2);
INSERT INTO public.syn_stage_transition VALUES (2, 'admin', '2026-12-03 09:34:53.336129+00', 'STAGING', 'go live', 'PRODUCTION', 2);


--
-- Name: syn_allocation_share_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_allocation_share_seq', 51, true);


--
-- Name: syn_catalog_audit_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_catalog_audit_seq', 51, true);


--
-- Name: syn_catalog_dataset_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_catalog_dataset_seq', 51, true);


--
-- Name: syn_contribution_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_contribution_seq', 1, true);


--
-- Name: syn_contribution_value_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_contribution_value_seq', 51, true);


--
-- Name: syn_data_tag_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_data_tag_seq', 51, true);


--
-- Name: syn_evaluation_result_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_evaluation_result_seq', 51, true);


--
-- Name: syn_experiment_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_experiment_seq', 51, true);


--
-- Name: syn_job_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_job_seq', 51, true);


--
-- Name: syn_model_version_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_model_version_seq', 51, true);


--
-- Name: syn_participant_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_participant_seq', 51, true);


--
-- Name: syn_prediction_result_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_prediction_result_seq', 1, true);


--
-- Name: syn_project_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_project_seq', 51, true);


--
-- Name: syn_registration_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_registration_seq', 51, true);


--
-- Name: syn_reward_allocation_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_reward_allocation_seq', 1, true);


--
-- Name: syn_round_result_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_round_result_seq', 51, true);


--
-- Name: syn_round_updates_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_round_updates_seq', 51, true);


--
-- Name: syn_run_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_run_seq', 51, true);


--
-- Name: syn_search_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_search_seq', 1, true);


--
-- Name: syn_stage_transition_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.syn_stage_transition_seq', 51, true);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('17727', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17728', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17729', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17730', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17731', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17732', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17733', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17734', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17735', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17736', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17737', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17738', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17739', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17740', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17741', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17742', 131072);
SELECT pg_catalog.lowrite(0, '\x7b226578616374526f756e644c696d6974223a33302c226d696e5065726d75746174696f6e73223a31302c226d61785065726d75746174696f6e73223a3130302c22746f6c6572616e6365223a302e30312c227472756e636174696f6e223a302e30312c22736b6970223a302e30312c226c6576656c7350657243616c6c223a332c2273656564223a34322c227468726573686f6c6473223a7b226d696e5368617265223a302e30322c226d696e53746570526174696f223a302e322c226d617853746570526174696f223a322e352c226d696e41677265656d656e74223a302e327d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17743', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17744', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17745', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e3832363136373932383938363732382c226d65616e53746570223a302e31303634363538373237383933393336392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22726f756e6473223a362c2273746570526174696f223a302e393530303138383834343939393231327d2c7b2261677265656d656e74223a302e3832363136373932383938363732382c226d65616e53746570223a302e31313732373238383734393731383231322c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22726f756e6473223a362c2273746570526174696f223a312e303532383835323130363530333232387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17746', 131072);
SELECT pg_catalog.lowrite(0, '\x7b226578616374526f756e644c696d6974223a33302c226d696e5065726d75746174696f6e73223a31302c226d61785065726d75746174696f6e73223a3130302c22746f6c6572616e6365223a302e30312c227472756e636174696f6e223a302e30312c22736b6970223a302e30312c226c6576656c7350657243616c6c223a332c2273656564223a34322c227468726573686f6c6473223a7b226d696e5368617265223a302e30322c226d696e53746570526174696f223a302e322c226d617853746570526174696f223a322e352c226d696e41677265656d656e74223a302e327d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17747', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636865636b223a2276616c7565222c226d65617375726564223a302e30353332333637333037393339323132372c227468726573686f6c64223a302e303032303635353337333733313632353232372c226661696c6564223a66616c73652c226578706c616e6174696f6e223a2276616c7565206973206372656469626c792061626f7665207a65726f3a206e65675f6c6f675f6c6f737320302e30353332342c206c6f7765722039352520626f756e6420302e303533323420616761696e7374206120666c6f6f72206f6620302e3030323036362028322025206f6620746865206761696e20302e3130333329227d2c7b22636865636b223a2273746570222c226d65617375726564223a302e393530303138383834343939393231322c227468726573686f6c64223a322e352c226661696c6564223a66616c73652c226578706c616e6174696f6e223a2275706461746573206d6f76656420302e3935302074696d65732061732066617220617320746865206f746865727327206d656469616e2073746570202877697468696e20302e323020746f20322e3529227d2c7b22636865636b223a2261677265656d656e74222c226d65617375726564223a302e3832363136373932383938363732382c227468726573686f6c64223a302e322c226661696c6564223a66616c73652c226578706c616e6174696f6e223a227570646174657320616772656564207769746820746865206f74686572732720737465707320776974682061206d656469616e20636f73696e65206f6620302e38323620286174206c6561737420302e323029227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17748', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636865636b223a2276616c7565222c226d65617375726564223a302e30353030343031333738363432303438362c227468726573686f6c64223a302e303032303635353337333733313632353232372c226661696c6564223a66616c73652c226578706c616e6174696f6e223a2276616c7565206973206372656469626c792061626f7665207a65726f3a206e65675f6c6f675f6c6f737320302e30353030342c206c6f7765722039352520626f756e6420302e303530303420616761696e7374206120666c6f6f72206f6620302e3030323036362028322025206f6620746865206761696e20302e3130333329227d2c7b22636865636b223a2273746570222c226d65617375726564223a312e303532383835323130363530333232382c227468726573686f6c64223a322e352c226661696c6564223a66616c73652c226578706c616e6174696f6e223a2275706461746573206d6f76656420312e30352074696d65732061732066617220617320746865206f746865727327206d656469616e2073746570202877697468696e20302e323020746f20322e3529227d2c7b22636865636b223a2261677265656d656e74222c226d65617375726564223a302e3832363136373932383938363732382c227468726573686f6c64223a302e322c226661696c6564223a66616c73652c226578706c616e6174696f6e223a227570646174657320616772656564207769746820746865206f74686572732720737465707320776974682061206d656469616e20636f73696e65206f6620302e38323620286174206c6561737420302e323029227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17749', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22726f756e6473223a362c22726f756e644d6574686f6473223a7b226578616374223a352c22736b6970706564223a317d2c226578636c7564656456616c696461746f7273223a5b5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17750', 131072);
SELECT pg_catalog.lowrite(0, '\x7b226578616374526f756e644c696d6974223a33302c226d696e5065726d75746174696f6e73223a31302c226d61785065726d75746174696f6e73223a3130302c22746f6c6572616e6365223a302e30312c227472756e636174696f6e223a302e30312c22736b6970223a302e30312c226c6576656c7350657243616c6c223a332c2273656564223a34322c227468726573686f6c6473223a7b226d696e5368617265223a302e30322c226d696e53746570526174696f223a302e322c226d617853746570526174696f223a322e352c226d696e41677265656d656e74223a302e327d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17751', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22616c69676e6d656e74223a7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d2c22666f726d6174223a2273796e6572676f732d6d6f64656c222c22706172616d6574657273223a5b302e323431333831353930383434383739372c302e30373435303631303332353738393738372c2d302e323636373433313635303836363932352c2d302e323037303937343534353939393331322c302e30343639303030323937353332393534372c302e313031393138353032343837373636392c2d302e333035323939323935303836323536322c2d302e333236333338343835303933313833392c2d302e3034353333363231343332373035363634352c302e32313838373133393033313538343833352c302e313337393736303738303830343539342c2d302e30333839303132373130363234313737372c302e31363738323934313139373030353739362c2d302e333239313730303833393135363833362c2d302e31303937393438373334383139303439362c2d302e31373038373937313334353633393536362c2d302e313033373630303837373833393037352c302e31323630393233393434373238343735342c2d302e323533323737363534333739313836352c302e303837373632393339373833303439332c302e33373232313530353635303333323237362c302e31303337343533323439333036373435392c2d302e30363734303333343434363337313434322c302e333335333036323436353135373330372c2d302e3035343837313732393938313733313336342c2d302e3031323631383930393734373335323930332c302e30393130383231353933373733313937312c2d302e333036353931363937393831363539382c302e3033353035363832343733303331353637362c2d302e34323735393339343938313439313733332c302e31393833303937343738393537323433342c2d302e333139393032373634323339373831332c2d302e343037323538393933373233303233312c2d302e323633313537313831333336383436312c2d302e353136303934353335313639343637312c2d302e3335393138383232313730393832392c2d302e30343536383433303934393236343834392c302e32393133303634393639323537353639342c2d302e3037373832353632323635393333342c302e30353130303034393334303830383839352c2d302e313734303934363736313331393333355d2c2272756e4964223a312c2273636f7065223a22676c6f62616c222c2273706563223a7b2261637469766174696f6e223a2252454c55222c2268696464656e223a5b5d2c22696e70757473223a34302c226f757470757473223a312c227461736b223a2242494e415259227d2c2276657273696f6e223a317d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17752', 131072);
SELECT pg_catalog.lowrite(0, '\x7b2270726f6a6563744964223a312c226578706572696d656e744964223a312c226578706572696d656e74223a226c6f6769737469635f72656772657373696f6e222c226d6f64656c54797065223a224c4f4749535449435f52454752455353494f4e222c2268696464656e4c6179657273223a22222c2261637469766174696f6e223a2272656c75222c2272756e4964223a312c2272756e223a2272756e2d31222c226879706572706172616d6574657273223a7b22616c676f726974686d223a22464544415647222c22626174636853697a65223a33322c226561726c7953746f7070696e674d696e44656c7461223a302e302c226561726c7953746f7070696e6750617469656e6365223a302c226c616d626461223a302e302c226c6561726e696e6752617465223a302e312c226c6f63616c45706f636873223a312c226d75223a302e302c22726f756e6473223a362c2273656564223a34327d2c227061727469636970616e7473223a5b7b226e616d65223a2272656c30312d70672d776f726b65722d612d31222c226461746154616773223a7b22747261696e223a5b22636174616c6f673a31225d2c226576616c75617465223a5b226c6a75626c6a616e612d6576616c75617465225d2c2270726564696374223a5b226c6a75626c6a616e612d70726564696374225d7d7d2c7b226e616d65223a2272656c30312d70672d776f726b65722d622d31222c226461746154616773223a7b22747261696e223a5b22636174616c6f673a32225d2c226576616c75617465223a5b226c6a75626c6a616e612d6576616c75617465225d2c2270726564696374223a5b226c6a75626c6a616e612d70726564696374225d7d7d5d2c22726f756e6473223a362c2266696e616c4c6f7373223a302e353835363939353731343133323030317d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17753', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17754', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17755', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e3832363136373932383938363732382c226d65616e53746570223a302e31303634363538373237383933393336392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22726f756e6473223a362c2273746570526174696f223a302e393530303138383834343939393231327d2c7b2261677265656d656e74223a302e3832363136373932383938363732382c226d65616e53746570223a302e31313732373238383734393731383231322c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22726f756e6473223a362c2273746570526174696f223a312e303532383835323130363530333232387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17756', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17757', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d2c7b2264617461736574223a226c6a75626c6a616e612d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a226576616c75617465222c2276657273696f6e223a2262386637663336393533656562393765353264303363616534353933326530643166663761663365383635653131623262303335346636386131306362643062227d2c7b2264617461736574223a226c6a75626c6a616e612d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a226576616c75617465222c2276657273696f6e223a2261663336346635373135376235643238653862366437303134316163363437623731323363626533653863613565646162356131386465343662356538373832227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17758', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e3832363136373932383938363732382c226d65616e53746570223a302e31303634363538373237383933393336392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22726f756e6473223a362c2273746570526174696f223a302e393530303138383834343939393231327d2c7b2261677265656d656e74223a302e3832363136373932383938363732382c226d65616e53746570223a302e31313732373238383734393731383231322c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22726f756e6473223a362c2273746570526174696f223a312e303532383835323130363530333232387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17759', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a37332c226163637572616379223a302e373339373236303237333937323630322c22707265636973696f6e5f6d6163726f223a302e383638303535353535353535353535362c22726563616c6c5f6d6163726f223a302e3532352c2266315f6d6163726f223a302e34373136313930343736313930343736362c22726f635f617563223a302e343934333438383237323235353339352c226c6f675f6c6f7373223a302e363131343630373432303632363033392c22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c227065725f636c617373223a7b226e6f2d726563757272656e63652d6576656e7473223a7b22707265636973696f6e223a302e373336313131313131313131313131322c22726563616c6c223a312e302c226631223a302e383438303030303030303030303030312c22737570706f7274223a35337d2c22726563757272656e63652d6576656e7473223a7b22707265636973696f6e223a312e302c22726563616c6c223a302e30352c226631223a302e30393532333830393532333830393532332c22737570706f7274223a32307d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b35332c305d2c5b31392c315d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17760', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a33372c226163637572616379223a302e373536373536373536373536373536382c22707265636973696f6e5f6d6163726f223a302e3837352c22726563616c6c5f6d6163726f223a302e35352c2266315f6d6163726f223a302e353139343830353139343830353139342c22726f635f617563223a302e343932353932353932353932353932362c226c6f675f6c6f7373223a302e363033363733373839393930313039352c22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c227065725f636c617373223a7b226e6f2d726563757272656e63652d6576656e7473223a7b22707265636973696f6e223a302e37352c22726563616c6c223a312e302c226631223a302e383537313432383537313432383537312c22737570706f7274223a32377d2c22726563757272656e63652d6576656e7473223a7b22707265636973696f6e223a312e302c22726563616c6c223a302e312c226631223a302e31383138313831383138313831383138322c22737570706f7274223a31307d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b32372c305d2c5b392c315d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17761', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a33362c226163637572616379223a302e373232323232323232323232323232322c22707265636973696f6e5f6d6163726f223a302e333631313131313131313131313131312c22726563616c6c5f6d6163726f223a302e352c2266315f6d6163726f223a302e343139333534383338373039363737342c22726f635f617563223a302e34393631353338343631353338343631372c226c6f675f6c6f7373223a302e363139343633393938333539333334322c22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c227065725f636c617373223a7b226e6f2d726563757272656e63652d6576656e7473223a7b22707265636973696f6e223a302e373232323232323232323232323232322c22726563616c6c223a312e302c226631223a302e383338373039363737343139333534382c22737570706f7274223a32367d2c22726563757272656e63652d6576656e7473223a7b22707265636973696f6e223a302e302c22726563616c6c223a302e302c226631223a302e302c22737570706f7274223a31307d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b32362c305d2c5b31302c305d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17762', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a37332c226163637572616379223a302e373339373236303237333937323630322c22707265636973696f6e5f6d6163726f223a302e383638303535353535353535353535362c22726563616c6c5f6d6163726f223a302e3532352c2266315f6d6163726f223a302e34373136313930343736313930343736362c22726f635f617563223a302e343934333438383237323235353339352c226c6f675f6c6f7373223a302e363131343630373432303632363033392c22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c227065725f636c617373223a7b226e6f2d726563757272656e63652d6576656e7473223a7b22707265636973696f6e223a302e373336313131313131313131313131322c22726563616c6c223a312e302c226631223a302e383438303030303030303030303030312c22737570706f7274223a35337d2c22726563757272656e63652d6576656e7473223a7b22707265636973696f6e223a312e302c22726563616c6c223a302e30352c226631223a302e30393532333830393532333830393532332c22737570706f7274223a32307d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b35332c305d2c5b31392c315d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17763', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b226e6f2d726563757272656e63652d6576656e7473222c22726563757272656e63652d6576656e7473225d2c226665617475726573223a5b7b2263617465676f7279223a2233302d3339222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3439222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3539222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2236302d3639222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2237302d3739222c22636f6c756d6e223a22616765222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c656674222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227269676874222c22636f6c756d6e223a22627265617374222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2263656e7472616c222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c6566745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f6c6f77222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2272696768745f7570222c22636f6c756d6e223a226272656173742d71756164222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233222c22636f6c756d6e223a226465672d6d616c6967222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d32222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231322d3134222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3137222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232342d3236222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22332d35222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22362d38222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22392d3131222c22636f6c756d6e223a22696e762d6e6f646573222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226972726164696174222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2267653430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226c743430222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a227072656d656e6f222c22636f6c756d6e223a226d656e6f7061757365222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a226e6f222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22796573222c22636f6c756d6e223a226e6f64652d63617073222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22302d34222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231302d3134222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2231352d3139222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232302d3234222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2232352d3239222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233302d3334222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2233352d3339222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234302d3434222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2234352d3439222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a22352d39222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d2c7b2263617465676f7279223a2235302d3534222c22636f6c756d6e223a2274756d6f722d73697a65222c2269734f6e65486f74223a747275652c226d65616e223a302e302c22737464223a312e307d5d2c226c6162656c223a22436c617373222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17764', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b22636174616c6f67456e747279223a312c22636174616c6f6756657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a22747261696e222c2276657273696f6e223a2238643935613864613862386465373862626239313661643939383566306634343137373739346462386664363966383164623731333137343531396662393430227d2c7b22636174616c6f67456e747279223a322c22636174616c6f6756657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333222c2264617461736574223a226c6a75626c6a616e612d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a22747261696e222c2276657273696f6e223a2230613135633331396236313036613637653930653133313262656561316438636436353232636437326264613962396433323633323030636531386666393333227d2c7b2264617461736574223a226c6a75626c6a616e612d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22746167223a226576616c75617465222c2276657273696f6e223a2262386637663336393533656562393765353264303363616534353933326530643166663761663365383635653131623262303335346636386131306362643062227d2c7b2264617461736574223a226c6a75626c6a616e612d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22746167223a226576616c75617465222c2276657273696f6e223a2261663336346635373135376235643238653862366437303134316163363437623731323363626533653863613565646162356131386465343662356538373832227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17765', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e3832363136373932383938363732382c226d65616e53746570223a302e31303634363538373237383933393336392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d31222c22726f756e6473223a362c2273746570526174696f223a302e393530303138383834343939393231327d2c7b2261677265656d656e74223a302e3832363136373932383938363732382c226d65616e53746570223a302e31313732373238383734393731383231322c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d31222c22726f756e6473223a362c2273746570526174696f223a312e303532383835323130363530333232387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17766', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17767', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17768', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17769', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17770', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17771', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17772', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17773', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17774', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17775', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17776', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17777', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17778', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17779', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17780', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17781', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17782', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17783', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393533383630383234353531373032362c226d65616e53746570223a302e31393435323438383736393938313235352c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a362c2273746570526174696f223a312e303132383338343631383439313330347d2c7b2261677265656d656e74223a302e393533383630383234353531373032362c226d65616e53746570223a302e31393031323139323834363239383135372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a362c2273746570526174696f223a302e393837343933353932353636363330387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17784', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22616c69676e6d656e74223a7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d2c22666f726d6174223a2273796e6572676f732d6d6f64656c222c22706172616d6574657273223a5b302e343832343432363632313139383635342c302e323239313631303833363938323732372c2d302e31353538343339333539303638383730352c2d302e323733313634363030313333383935392c2d302e3032363732363234363831313434393532382c302e34303937323338343831303434373639332c2d302e31303532323131343835383033313237332c2d302e31313236393537313235393631373830352c302e31343638353031373631353535363731372c302e32343036373832383035393139363437322c302e34343536383830383337363738393039332c302e32313231343639363736343934353938342c302e33373730323631343036383938343938352c2d302e30353039303939313232313336383331332c302e31303130363134323938323834303533382c302e323739333134353737353739343938332c302e30383632353134343838333939303238382c302e31313033333130323132343932393432382c2d302e323537353831343837323938303131382c302e31353035343130393639323537333534372c302e3635343837353633363130303736392c302e323631313531393939323335313533322c302e333837393235363639353530383935372c302e353734323433323737333131333235312c2d302e3032353237313938363631313138373435382c302e32353233373636333039303232393033342c302e3539383734393432383938373530332c302e30343131353539333433333338303132372c302e31393531363632393732353639343635362c2d302e3035313036363936363732373337353938342c2d302e313439313139353438343939353834325d2c2272756e4964223a322c2273636f7065223a22676c6f62616c222c2273706563223a7b2261637469766174696f6e223a2252454c55222c2268696464656e223a5b5d2c22696e70757473223a33302c226f757470757473223a312c227461736b223a2242494e415259227d2c2276657273696f6e223a317d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17785', 131072);
SELECT pg_catalog.lowrite(0, '\x7b2270726f6a6563744964223a322c226578706572696d656e744964223a322c226578706572696d656e74223a226c6f6769737469635f72656772657373696f6e222c226d6f64656c54797065223a224c4f4749535449435f52454752455353494f4e222c2268696464656e4c6179657273223a22222c2261637469766174696f6e223a2272656c75222c2272756e4964223a322c2272756e223a2272756e2d31222c226879706572706172616d6574657273223a7b22616c676f726974686d223a22464544415647222c22626174636853697a65223a33322c226561726c7953746f7070696e674d696e44656c7461223a302e302c226561726c7953746f7070696e6750617469656e6365223a302c226c616d626461223a302e302c226c6561726e696e6752617465223a302e312c226c6f63616c45706f636873223a312c226d75223a302e302c22726f756e6473223a362c2273656564223a34327d2c227061727469636970616e7473223a5b7b226e616d65223a2272656c30312d70672d776f726b65722d612d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d2c7b226e616d65223a2272656c30312d70672d776f726b65722d622d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d5d2c22726f756e6473223a362c2266696e616c4c6f7373223a302e31343634333930323831353931373332337d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17786', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17787', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17788', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393533383630383234353531373032362c226d65616e53746570223a302e31393435323438383736393938313235352c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a362c2273746570526174696f223a312e303132383338343631383439313330347d2c7b2261677265656d656e74223a302e393533383630383234353531373032362c226d65616e53746570223a302e31393031323139323834363239383135372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a362c2273746570526174696f223a302e393837343933353932353636363330387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17789', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17790', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a226576616c75617465222c2276657273696f6e223a2262653766393461396534646561303937333434383831623539393736633339323666626437373832616436353230353762346237646432393739326636306535227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a226576616c75617465222c2276657273696f6e223a2237343865613132336365353134313061353861613533623035333830636136383365666539346261616336386335313938636561383736356134313466316664227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17791', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393533383630383234353531373032362c226d65616e53746570223a302e31393435323438383736393938313235352c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a362c2273746570526174696f223a312e303132383338343631383439313330347d2c7b2261677265656d656e74223a302e393533383630383234353531373032362c226d65616e53746570223a302e31393031323139323834363239383135372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a362c2273746570526174696f223a302e393837343933353932353636363330387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17792', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a3134332c226163637572616379223a302e3935313034383935313034383935312c22707265636973696f6e5f6d6163726f223a302e3933373339303335303837373139332c22726563616c6c5f6d6163726f223a302e393532323637353733363936313435322c2266315f6d6163726f223a302e393434323330383736333731393432382c22726f635f617563223a302e393933373331303136343538323839312c226c6f675f6c6f7373223a302e31343737363539303637383234313732322c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393738393437333638343231303532372c22726563616c6c223a302e393438393739353931383336373334372c226631223a302e393633373330353639393438313836362c22737570706f7274223a39387d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383935383333333333333333333333342c22726563616c6c223a302e393535353535353535353535353535362c226631223a302e3932343733313138323739353639392c22737570706f7274223a34357d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b39332c355d2c5b322c34335d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17793', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a37312c226163637572616379223a302e393239353737343634373838373332342c22707265636973696f6e5f6d6163726f223a302e393233313732373537343735303833312c22726563616c6c5f6d6163726f223a302e393238383732303533383732303533382c2266315f6d6163726f223a302e393235383039383232333631353436352c22726f635f617563223a302e393837333733373337333733373337332c226c6f675f6c6f7373223a302e313632303932363030383639393833372c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393533343838333732303933303233332c22726563616c6c223a302e393331383138313831383138313831382c226631223a302e3934323532383733353633323138342c22737570706f7274223a34347d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383932383537313432383537313432392c22726563616c6c223a302e393235393235393235393235393235392c226631223a302e393039303930393039303930393039312c22737570706f7274223a32377d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b34312c335d2c5b322c32355d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17794', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a37322c226163637572616379223a302e393732323232323232323232323232322c22707265636973696f6e5f6d6163726f223a302e39352c22726563616c6c5f6d6163726f223a302e393831343831343831343831343831342c2266315f6d6163726f223a302e393634323530323438323632313634392c22726f635f617563223a312e302c226c6f675f6c6f7373223a302e31333336333831393435353731373830372c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a312e302c22726563616c6c223a302e393632393632393632393632393632392c226631223a302e393831313332303735343731363938312c22737570706f7274223a35347d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e392c22726563616c6c223a312e302c226631223a302e393437333638343231303532363331362c22737570706f7274223a31387d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b35322c325d2c5b302c31385d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17795', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a3134332c226163637572616379223a302e3935313034383935313034383935312c22707265636973696f6e5f6d6163726f223a302e3933373339303335303837373139332c22726563616c6c5f6d6163726f223a302e393532323637353733363936313435322c2266315f6d6163726f223a302e393434323330383736333731393432382c22726f635f617563223a302e393933373331303136343538323839312c226c6f675f6c6f7373223a302e31343737363539303637383234313732322c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393738393437333638343231303532372c22726563616c6c223a302e393438393739353931383336373334372c226631223a302e393633373330353639393438313836362c22737570706f7274223a39387d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383935383333333333333333333333342c22726563616c6c223a302e393535353535353535353535353535362c226631223a302e3932343733313138323739353639392c22737570706f7274223a34357d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b39332c355d2c5b322c34335d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17796', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17797', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a226576616c75617465222c2276657273696f6e223a2262653766393461396534646561303937333434383831623539393736633339323666626437373832616436353230353762346237646432393739326636306535227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a226576616c75617465222c2276657273696f6e223a2237343865613132336365353134313061353861613533623035333830636136383365666539346261616336386335313938636561383736356134313466316664227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17798', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393533383630383234353531373032362c226d65616e53746570223a302e31393435323438383736393938313235352c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a362c2273746570526174696f223a312e303132383338343631383439313330347d2c7b2261677265656d656e74223a302e393533383630383234353531373032362c226d65616e53746570223a302e31393031323139323834363239383135372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a362c2273746570526174696f223a302e393837343933353932353636363330387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17799', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22616c69676e6d656e74223a7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d2c22666f726d6174223a2273796e6572676f732d6d6f64656c222c22706172616d6574657273223a5b302e343832343432363632313139383635342c302e323239313631303833363938323732372c2d302e31353538343339333539303638383730352c2d302e323733313634363030313333383935392c2d302e3032363732363234363831313434393532382c302e34303937323338343831303434373639332c2d302e31303532323131343835383033313237332c2d302e31313236393537313235393631373830352c302e31343638353031373631353535363731372c302e32343036373832383035393139363437322c302e34343536383830383337363738393039332c302e32313231343639363736343934353938342c302e33373730323631343036383938343938352c2d302e30353039303939313232313336383331332c302e31303130363134323938323834303533382c302e323739333134353737353739343938332c302e30383632353134343838333939303238382c302e31313033333130323132343932393432382c2d302e323537353831343837323938303131382c302e31353035343130393639323537333534372c302e3635343837353633363130303736392c302e323631313531393939323335313533322c302e333837393235363639353530383935372c302e353734323433323737333131333235312c2d302e3032353237313938363631313138373435382c302e32353233373636333039303232393033342c302e3539383734393432383938373530332c302e30343131353539333433333338303132372c302e31393531363632393732353639343635362c2d302e3035313036363936363732373337353938342c2d302e313439313139353438343939353834325d2c2272756e4964223a322c2273636f7065223a22676c6f62616c222c2273706563223a7b2261637469766174696f6e223a2252454c55222c2268696464656e223a5b5d2c22696e70757473223a33302c226f757470757473223a312c227461736b223a2242494e415259227d2c2276657273696f6e223a317d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17800', 131072);
SELECT pg_catalog.lowrite(0, '\x7b2270726f6a6563744964223a322c226578706572696d656e744964223a322c226578706572696d656e74223a226c6f6769737469635f72656772657373696f6e222c226d6f64656c54797065223a224c4f4749535449435f52454752455353494f4e222c2268696464656e4c6179657273223a22222c2261637469766174696f6e223a2272656c75222c2272756e4964223a322c2272756e223a2272756e2d31222c226879706572706172616d6574657273223a7b22616c676f726974686d223a22464544415647222c22626174636853697a65223a33322c226561726c7953746f7070696e674d696e44656c7461223a302e302c226561726c7953746f7070696e6750617469656e6365223a302c226c616d626461223a302e302c226c6561726e696e6752617465223a302e312c226c6f63616c45706f636873223a312c226d75223a302e302c22726f756e6473223a362c2273656564223a34327d2c227061727469636970616e7473223a5b7b226e616d65223a2272656c30312d70672d776f726b65722d612d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d2c7b226e616d65223a2272656c30312d70672d776f726b65722d622d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d5d2c22726f756e6473223a362c2266696e616c4c6f7373223a302e31343634333930323831353931373332337d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17801', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a3134332c226163637572616379223a302e3935313034383935313034383935312c22707265636973696f6e5f6d6163726f223a302e3933373339303335303837373139332c22726563616c6c5f6d6163726f223a302e393532323637353733363936313435322c2266315f6d6163726f223a302e393434323330383736333731393432382c22726f635f617563223a302e393933373331303136343538323839312c226c6f675f6c6f7373223a302e31343737363539303637383234313732322c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393738393437333638343231303532372c22726563616c6c223a302e393438393739353931383336373334372c226631223a302e393633373330353639393438313836362c22737570706f7274223a39387d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383935383333333333333333333333342c22726563616c6c223a302e393535353535353535353535353535362c226631223a302e3932343733313138323739353639392c22737570706f7274223a34357d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b39332c355d2c5b322c34335d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17802', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22616c69676e6d656e74223a7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d2c22666f726d6174223a2273796e6572676f732d6d6f64656c222c22706172616d6574657273223a5b302e343832343432363632313139383635342c302e323239313631303833363938323732372c2d302e31353538343339333539303638383730352c2d302e323733313634363030313333383935392c2d302e3032363732363234363831313434393532382c302e34303937323338343831303434373639332c2d302e31303532323131343835383033313237332c2d302e31313236393537313235393631373830352c302e31343638353031373631353535363731372c302e32343036373832383035393139363437322c302e34343536383830383337363738393039332c302e32313231343639363736343934353938342c302e33373730323631343036383938343938352c2d302e30353039303939313232313336383331332c302e31303130363134323938323834303533382c302e323739333134353737353739343938332c302e30383632353134343838333939303238382c302e31313033333130323132343932393432382c2d302e323537353831343837323938303131382c302e31353035343130393639323537333534372c302e3635343837353633363130303736392c302e323631313531393939323335313533322c302e333837393235363639353530383935372c302e353734323433323737333131333235312c2d302e3032353237313938363631313138373435382c302e32353233373636333039303232393033342c302e3539383734393432383938373530332c302e30343131353539333433333338303132372c302e31393531363632393732353639343635362c2d302e3035313036363936363732373337353938342c2d302e313439313139353438343939353834325d2c2272756e4964223a322c2273636f7065223a22676c6f62616c222c2273706563223a7b2261637469766174696f6e223a2252454c55222c2268696464656e223a5b5d2c22696e70757473223a33302c226f757470757473223a312c227461736b223a2242494e415259227d2c2276657273696f6e223a317d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17803', 131072);
SELECT pg_catalog.lowrite(0, '\x7b2270726f6a6563744964223a322c226578706572696d656e744964223a322c226578706572696d656e74223a226c6f6769737469635f72656772657373696f6e222c226d6f64656c54797065223a224c4f4749535449435f52454752455353494f4e222c2268696464656e4c6179657273223a22222c2261637469766174696f6e223a2272656c75222c2272756e4964223a322c2272756e223a2272756e2d31222c226879706572706172616d6574657273223a7b22616c676f726974686d223a22464544415647222c22626174636853697a65223a33322c226561726c7953746f7070696e674d696e44656c7461223a302e302c226561726c7953746f7070696e6750617469656e6365223a302c226c616d626461223a302e302c226c6561726e696e6752617465223a302e312c226c6f63616c45706f636873223a312c226d75223a302e302c22726f756e6473223a362c2273656564223a34327d2c227061727469636970616e7473223a5b7b226e616d65223a2272656c30312d70672d776f726b65722d612d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d2c7b226e616d65223a2272656c30312d70672d776f726b65722d622d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d5d2c22726f756e6473223a362c2266696e616c4c6f7373223a302e31343634333930323831353931373332337d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17804', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a3134332c226163637572616379223a302e3935313034383935313034383935312c22707265636973696f6e5f6d6163726f223a302e3933373339303335303837373139332c22726563616c6c5f6d6163726f223a302e393532323637353733363936313435322c2266315f6d6163726f223a302e393434323330383736333731393432382c22726f635f617563223a302e393933373331303136343538323839312c226c6f675f6c6f7373223a302e31343737363539303637383234313732322c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393738393437333638343231303532372c22726563616c6c223a302e393438393739353931383336373334372c226631223a302e393633373330353639393438313836362c22737570706f7274223a39387d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383935383333333333333333333333342c22726563616c6c223a302e393535353535353535353535353535362c226631223a302e3932343733313138323739353639392c22737570706f7274223a34357d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b39332c355d2c5b322c34335d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17805', 131072);
SELECT pg_catalog.lowrite(0, '\x7b2262617365223a7b22616c676f726974686d223a22464544415647222c22626174636853697a65223a33322c226561726c7953746f7070696e674d696e44656c7461223a302e302c226561726c7953746f7070696e6750617469656e6365223a302c226c616d626461223a302e302c226c6561726e696e6752617465223a302e312c226c6f63616c45706f636873223a312c226d75223a302e302c22726f756e6473223a342c2273656564223a34327d2c2267726964223a7b226c6561726e696e6752617465223a5b302e30352c302e312c302e325d7d2c227374726174656779223a2267726964227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17806', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17807', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17808', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17809', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17810', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17811', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17812', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17813', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17814', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17815', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17816', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17817', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17818', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17819', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17820', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17821', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17822', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17823', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17824', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17825', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17826', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17827', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17828', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17829', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17830', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17831', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17832', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17833', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17834', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17835', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17836', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17837', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17838', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17839', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17840', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17841', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393734303039383038353034383633372c226d65616e53746570223a302e3137333232383834393630323638392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303534393137353433313330323836387d2c7b2261677265656d656e74223a302e393734303039383038353034383633372c226d65616e53746570223a302e313634383934323635303636323733372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e3934373936383939303330323736337d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17842', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17843', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17844', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e3934343732333538373831343336392c226d65616e53746570223a302e33333331373735313235333532313637372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303138393034383734373332303632367d2c7b2261677265656d656e74223a302e3934343732333538373831343336392c226d65616e53746570223a302e333235363937383030363738323132342c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e393831353739343837313336383636327d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17845', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22616c69676e6d656e74223a7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d2c22666f726d6174223a2273796e6572676f732d6d6f64656c222c22706172616d6574657273223a5b302e3430323036333235303534313638372c302e32363539353831363031363139373230352c2d302e31373231323638313437323330313438332c2d302e323531333834383931353639363134342c302e30343434383836343938313533323039372c302e33313837343635363637373234363039342c2d302e31313636313731393533303832303834372c2d302e32303138333132353838333334303833362c302e303833393330313136313436383032392c302e333231363532363335393331393638372c302e333535333730383439333730393536342c302e31313938303538323032383632373339362c302e33383233393438363531353532323030332c2d302e30383535303730323430373935363132332c2d302e30383737373439323132303836323030372c302e323033373737303337353630393339382c2d302e3030343132363639353931363035363633332c302e31313734363130303333363331333234382c2d302e32373734373637383735363731333836372c302e31323130363235353434313930343036382c302e353439323633313739333032323135362c302e32323236383230323930303838363533362c302e32383834323137333531363735303333362c302e353135383038323234363738303339362c2d302e3032363337383535313439383035353435382c302e31343532323438343638393935303934332c302e34383632383536343137383934333633342c2d302e30313134363233303733303232383132362c302e30383839313138363439303635343934352c2d302e323438323833323734343731373539382c2d302e303838333136343138323330353333365d2c2272756e4964223a332c2273636f7065223a22676c6f62616c222c2273706563223a7b2261637469766174696f6e223a2252454c55222c2268696464656e223a5b5d2c22696e70757473223a33302c226f757470757473223a312c227461736b223a2242494e415259227d2c2276657273696f6e223a317d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17846', 131072);
SELECT pg_catalog.lowrite(0, '\x7b2270726f6a6563744964223a322c226578706572696d656e744964223a322c226578706572696d656e74223a226c6f6769737469635f72656772657373696f6e222c226d6f64656c54797065223a224c4f4749535449435f52454752455353494f4e222c2268696464656e4c6179657273223a22222c2261637469766174696f6e223a2272656c75222c2272756e4964223a332c2272756e223a22736561726368312d747269616c31222c226879706572706172616d6574657273223a7b22616c676f726974686d223a22464544415647222c22626174636853697a65223a33322c226561726c7953746f7070696e674d696e44656c7461223a302e302c226561726c7953746f7070696e6750617469656e6365223a302c226c616d626461223a302e302c226c6561726e696e6752617465223a302e30352c226c6f63616c45706f636873223a312c226d75223a302e302c22726f756e6473223a342c2273656564223a34327d2c227061727469636970616e7473223a5b7b226e616d65223a2272656c30312d70672d776f726b65722d612d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d2c7b226e616d65223a2272656c30312d70672d776f726b65722d622d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d5d2c22726f756e6473223a342c2266696e616c4c6f7373223a302e32323438343130363935313638343038357d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17847', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17848', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17849', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393631323437363435363337373139382c226d65616e53746570223a302e32343437303836313633393433363036322c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303331393532303839373239343936337d2c7b2261677265656d656e74223a302e393631323437363435363337373139382c226d65616e53746570223a302e323337373835373631393339313236392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e393639303638333839373830343031387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17850', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22616c69676e6d656e74223a7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d2c22666f726d6174223a2273796e6572676f732d6d6f64656c222c22706172616d6574657273223a5b302e353130373034333338353530353637362c302e32313232303338353238333233313733352c2d302e31353035373739353439343739343834362c2d302e32373935313731343339363437363734362c2d302e30353032323735303034393832393438332c302e343336383239333838313431363332312c2d302e31303739353139303933303336363531362c2d302e30383531333339363630353834393236362c302e31363637363533333936373235363534362c302e32313034323033343737353031383639322c302e343731353431343034373234313231312c302e32333837383137353032303231373839362c302e333734383936313338393036343738392c2d302e30333637373239303439313735393737372c302e313634363033373932313330393437312c302e333035363938303037333435313939362c302e31313935333538323234323133313233332c302e31313039303839383134313236343931352c2d302e32343836373333363435323030373239342c302e313539363739303835303136323530362c302e363838363236313730313538333836322c302e32373038333336373130393239383730362c302e34313936313137303733323937353030362c302e353933353232313031363430373031332c2d302e3032333737333731313137343732363438362c302e32383535383531303534313931353839342c302e363333383338353034353532383431322c302e3036313038393930333131363232363139362c302e32333635353834313439393536373033322c302e3031363931303232343232313634363738362c2d302e3136393036353935393735313630365d2c2272756e4964223a352c2273636f7065223a22676c6f62616c222c2273706563223a7b2261637469766174696f6e223a2252454c55222c2268696464656e223a5b5d2c22696e70757473223a33302c226f757470757473223a312c227461736b223a2242494e415259227d2c2276657273696f6e223a317d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17851', 131072);
SELECT pg_catalog.lowrite(0, '\x7b2270726f6a6563744964223a322c226578706572696d656e744964223a322c226578706572696d656e74223a226c6f6769737469635f72656772657373696f6e222c226d6f64656c54797065223a224c4f4749535449435f52454752455353494f4e222c2268696464656e4c6179657273223a22222c2261637469766174696f6e223a2272656c75222c2272756e4964223a352c2272756e223a22736561726368312d747269616c33222c226879706572706172616d6574657273223a7b22616c676f726974686d223a22464544415647222c22626174636853697a65223a33322c226561726c7953746f7070696e674d696e44656c7461223a302e302c226561726c7953746f7070696e6750617469656e6365223a302c226c616d626461223a302e302c226c6561726e696e6752617465223a302e322c226c6f63616c45706f636873223a312c226d75223a302e302c22726f756e6473223a342c2273656564223a34327d2c227061727469636970616e7473223a5b7b226e616d65223a2272656c30312d70672d776f726b65722d612d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d2c7b226e616d65223a2272656c30312d70672d776f726b65722d622d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d5d2c22726f756e6473223a342c2266696e616c4c6f7373223a302e31333034353130373934303831323032397d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17852', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17853', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17854', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393734303039383038353034383633372c226d65616e53746570223a302e3137333232383834393630323638392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303534393137353433313330323836387d2c7b2261677265656d656e74223a302e393734303039383038353034383633372c226d65616e53746570223a302e313634383934323635303636323733372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e3934373936383939303330323736337d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17855', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17856', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17857', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e3934343732333538373831343336392c226d65616e53746570223a302e33333331373735313235333532313637372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303138393034383734373332303632367d2c7b2261677265656d656e74223a302e3934343732333538373831343336392c226d65616e53746570223a302e333235363937383030363738323132342c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e393831353739343837313336383636327d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17858', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22616c69676e6d656e74223a7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d2c22666f726d6174223a2273796e6572676f732d6d6f64656c222c22706172616d6574657273223a5b302e343531303731333936343730303639392c302e32343938343335303035353435363136312c2d302e31363037343533353235303636333735372c2d302e323631333234343230353731333237322c302e3030353334303531353836383733383239342c302e33373537353732313734303732323635362c2d302e31303437383836373231373839383336392c2d302e313436373034303333303137313538352c302e31323435393234383637363839363039352c302e323734303236393735303335363637342c302e343132343731343133363132333635372c302e31373738373130383537303333373239362c302e33373839393433313538363236353536342c2d302e30363238383637393133303337353338352c302e30323237313938343432343434323035332c302e32353032323935303032333431323730342c302e30343939323035353839323934343333362c302e31313133383130383030303135393236342c2d302e323635343239353836313732313033392c302e31333838333035393437313834353632372c302e363134323434303733363239333739332c302e32353034353232373235393339373530372c302e333439383034363339383136323834322c302e353534353632383037303833313239392c2d302e3032333737333238373432323935353033362c302e32313137393434363537383032353831382c302e353535343139323936303236323239392c302e30313833373232383039383838343232352c302e31353139323438303338353330333439372c2d302e31333332313632393136363630333038382c2d302e31323837343937353035353435363136315d2c2272756e4964223a342c2273636f7065223a22676c6f62616c222c2273706563223a7b2261637469766174696f6e223a2252454c55222c2268696464656e223a5b5d2c22696e70757473223a33302c226f757470757473223a312c227461736b223a2242494e415259227d2c2276657273696f6e223a317d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17859', 131072);
SELECT pg_catalog.lowrite(0, '\x7b2270726f6a6563744964223a322c226578706572696d656e744964223a322c226578706572696d656e74223a226c6f6769737469635f72656772657373696f6e222c226d6f64656c54797065223a224c4f4749535449435f52454752455353494f4e222c2268696464656e4c6179657273223a22222c2261637469766174696f6e223a2272656c75222c2272756e4964223a342c2272756e223a22736561726368312d747269616c32222c226879706572706172616d6574657273223a7b22616c676f726974686d223a22464544415647222c22626174636853697a65223a33322c226561726c7953746f7070696e674d696e44656c7461223a302e302c226561726c7953746f7070696e6750617469656e6365223a302c226c616d626461223a302e302c226c6561726e696e6752617465223a302e312c226c6f63616c45706f636873223a312c226d75223a302e302c22726f756e6473223a342c2273656564223a34327d2c227061727469636970616e7473223a5b7b226e616d65223a2272656c30312d70672d776f726b65722d612d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d2c7b226e616d65223a2272656c30312d70672d776f726b65722d622d32222c226461746154616773223a7b22747261696e223a5b22776973636f6e73696e2d747261696e225d2c226576616c75617465223a5b22776973636f6e73696e2d6576616c75617465225d7d7d5d2c22726f756e6473223a342c2266696e616c4c6f7373223a302e31373032343538373139353236353830387d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17860', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17861', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17862', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393631323437363435363337373139382c226d65616e53746570223a302e32343437303836313633393433363036322c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303331393532303839373239343936337d2c7b2261677265656d656e74223a302e393631323437363435363337373139382c226d65616e53746570223a302e323337373835373631393339313236392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e393639303638333839373830343031387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17863', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17864', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a226576616c75617465222c2276657273696f6e223a2262653766393461396534646561303937333434383831623539393736633339323666626437373832616436353230353762346237646432393739326636306535227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a226576616c75617465222c2276657273696f6e223a2237343865613132336365353134313061353861613533623035333830636136383365666539346261616336386335313938636561383736356134313466316664227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17865', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393734303039383038353034383633372c226d65616e53746570223a302e3137333232383834393630323638392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303534393137353433313330323836387d2c7b2261677265656d656e74223a302e393734303039383038353034383633372c226d65616e53746570223a302e313634383934323635303636323733372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e3934373936383939303330323736337d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17866', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17867', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a226576616c75617465222c2276657273696f6e223a2262653766393461396534646561303937333434383831623539393736633339323666626437373832616436353230353762346237646432393739326636306535227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a226576616c75617465222c2276657273696f6e223a2237343865613132336365353134313061353861613533623035333830636136383365666539346261616336386335313938636561383736356134313466316664227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17868', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e3934343732333538373831343336392c226d65616e53746570223a302e33333331373735313235333532313637372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303138393034383734373332303632367d2c7b2261677265656d656e74223a302e3934343732333538373831343336392c226d65616e53746570223a302e333235363937383030363738323132342c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e393831353739343837313336383636327d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17869', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17870', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a226576616c75617465222c2276657273696f6e223a2262653766393461396534646561303937333434383831623539393736633339323666626437373832616436353230353762346237646432393739326636306535227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a226576616c75617465222c2276657273696f6e223a2237343865613132336365353134313061353861613533623035333830636136383365666539346261616336386335313938636561383736356134313466316664227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17871', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393631323437363435363337373139382c226d65616e53746570223a302e32343437303836313633393433363036322c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303331393532303839373239343936337d2c7b2261677265656d656e74223a302e393631323437363435363337373139382c226d65616e53746570223a302e323337373835373631393339313236392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e393639303638333839373830343031387d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17872', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a3134332c226163637572616379223a302e393233303736393233303736393233312c22707265636973696f6e5f6d6163726f223a302e393036303330373031373534333835392c22726563616c6c5f6d6163726f223a302e393139383431323639383431323639392c2266315f6d6163726f223a302e393132333632383035373237333338352c22726f635f617563223a302e393831373634303237323138353732372c226c6f675f6c6f7373223a302e323432303238333936313431343430362c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393537383934373336383432313035322c22726563616c6c223a302e393238353731343238353731343238362c226631223a302e393433303035313831333437313530322c22737570706f7274223a39387d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383534313636363636363636363636362c22726563616c6c223a302e393131313131313131313131313131312c226631223a302e383831373230343330313037353236392c22737570706f7274223a34357d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b39312c375d2c5b342c34315d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17873', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a37312c226163637572616379223a302e393135343932393537373436343738392c22707265636973696f6e5f6d6163726f223a302e393130333533353335333533353335322c22726563616c6c5f6d6163726f223a302e393130333533353335333533353335322c2266315f6d6163726f223a302e393130333533353335333533353335322c22726f635f617563223a302e393734373437343734373437343734372c226c6f675f6c6f7373223a302e32333833393630343036383430343930322c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393331383138313831383138313831382c22726563616c6c223a302e393331383138313831383138313831382c226631223a302e393331383138313831383138313831382c22737570706f7274223a34347d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383838383838383838383838383838382c22726563616c6c223a302e383838383838383838383838383838382c226631223a302e383838383838383838383838383838382c22737570706f7274223a32377d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b34312c335d2c5b332c32345d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17874', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a37322c226163637572616379223a302e393330353535353535353535353535362c22707265636973696f6e5f6d6163726f223a302e383934393537393833313933323737322c22726563616c6c5f6d6163726f223a302e393335313835313835313835313835312c2266315f6d6163726f223a302e393132303837393132303837393132312c22726f635f617563223a302e393838363833313237353732303136352c226c6f675f6c6f7373223a302e32343536313033303232313734373934382c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393830333932313536383632373435312c22726563616c6c223a302e393235393235393235393235393235392c226631223a302e393532333830393532333830393532332c22737570706f7274223a35347d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383039353233383039353233383039352c22726563616c6c223a302e393434343434343434343434343434342c226631223a302e383731373934383731373934383731382c22737570706f7274223a31387d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b35302c345d2c5b312c31375d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17875', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a3134332c226163637572616379223a302e393233303736393233303736393233312c22707265636973696f6e5f6d6163726f223a302e393036303330373031373534333835392c22726563616c6c5f6d6163726f223a302e393139383431323639383431323639392c2266315f6d6163726f223a302e393132333632383035373237333338352c22726f635f617563223a302e393831373634303237323138353732372c226c6f675f6c6f7373223a302e323432303238333936313431343430362c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393537383934373336383432313035322c22726563616c6c223a302e393238353731343238353731343238362c226631223a302e393433303035313831333437313530322c22737570706f7274223a39387d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383534313636363636363636363636362c22726563616c6c223a302e393131313131313131313131313131312c226631223a302e383831373230343330313037353236392c22737570706f7274223a34357d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b39312c375d2c5b342c34315d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17876', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17877', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a226576616c75617465222c2276657273696f6e223a2262653766393461396534646561303937333434383831623539393736633339323666626437373832616436353230353762346237646432393739326636306535227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a226576616c75617465222c2276657273696f6e223a2237343865613132336365353134313061353861613533623035333830636136383365666539346261616336386335313938636561383736356134313466316664227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17878', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393734303039383038353034383633372c226d65616e53746570223a302e3137333232383834393630323638392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303534393137353433313330323836387d2c7b2261677265656d656e74223a302e393734303039383038353034383633372c226d65616e53746570223a302e313634383934323635303636323733372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e3934373936383939303330323736337d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17879', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a3134332c226163637572616379223a302e3935313034383935313034383935312c22707265636973696f6e5f6d6163726f223a302e3933373339303335303837373139332c22726563616c6c5f6d6163726f223a302e393532323637353733363936313435322c2266315f6d6163726f223a302e393434323330383736333731393432382c22726f635f617563223a302e393934393834383133313636363331352c226c6f675f6c6f7373223a302e313238393738323835393632343336362c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393738393437333638343231303532372c22726563616c6c223a302e393438393739353931383336373334372c226631223a302e393633373330353639393438313836362c22737570706f7274223a39387d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383935383333333333333333333333342c22726563616c6c223a302e393535353535353535353535353535362c226631223a302e3932343733313138323739353639392c22737570706f7274223a34357d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b39332c355d2c5b322c34335d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17880', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a37312c226163637572616379223a302e393239353737343634373838373332342c22707265636973696f6e5f6d6163726f223a302e393233313732373537343735303833312c22726563616c6c5f6d6163726f223a302e393238383732303533383732303533382c2266315f6d6163726f223a302e393235383039383232333631353436352c22726f635f617563223a302e39383938393839383938393839392c226c6f675f6c6f7373223a302e313436323230313839383635373834352c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393533343838333732303933303233332c22726563616c6c223a302e393331383138313831383138313831382c226631223a302e3934323532383733353633323138342c22737570706f7274223a34347d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383932383537313432383537313432392c22726563616c6c223a302e393235393235393235393235393235392c226631223a302e393039303930393039303930393039312c22737570706f7274223a32377d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b34312c335d2c5b322c32355d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17881', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a37322c226163637572616379223a302e393732323232323232323232323232322c22707265636973696f6e5f6d6163726f223a302e39352c22726563616c6c5f6d6163726f223a302e393831343831343831343831343831342c2266315f6d6163726f223a302e393634323530323438323632313634392c22726f635f617563223a312e302c226c6f675f6c6f7373223a302e31313139373538353239343636333532332c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a312e302c22726563616c6c223a302e393632393632393632393632393632392c226631223a302e393831313332303735343731363938312c22737570706f7274223a35347d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e392c22726563616c6c223a312e302c226631223a302e393437333638343231303532363331362c22737570706f7274223a31387d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b35322c325d2c5b302c31385d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17882', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a3134332c226163637572616379223a302e3935313034383935313034383935312c22707265636973696f6e5f6d6163726f223a302e3933373339303335303837373139332c22726563616c6c5f6d6163726f223a302e393532323637353733363936313435322c2266315f6d6163726f223a302e393434323330383736333731393432382c22726f635f617563223a302e393934393834383133313636363331352c226c6f675f6c6f7373223a302e313238393738323835393632343336362c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393738393437333638343231303532372c22726563616c6c223a302e393438393739353931383336373334372c226631223a302e393633373330353639393438313836362c22737570706f7274223a39387d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383935383333333333333333333333342c22726563616c6c223a302e393535353535353535353535353535362c226631223a302e3932343733313138323739353639392c22737570706f7274223a34357d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b39332c355d2c5b322c34335d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17883', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17884', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a3134332c226163637572616379223a302e3935313034383935313034383935312c22707265636973696f6e5f6d6163726f223a302e393431303537383231363034363631362c22726563616c6c5f6d6163726f223a302e393436323538353033343031333630352c2266315f6d6163726f223a302e393433353839373433353839373433362c22726f635f617563223a302e393932333737313531343638303630372c226c6f675f6c6f7373223a302e31373637353034313639363835323137362c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393639303732313634393438343533362c22726563616c6c223a302e393539313833363733343639333837372c226631223a302e3936343130323536343130323536342c22737570706f7274223a39387d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e393133303433343738323630383639352c22726563616c6c223a302e393333333333333333333333333333332c226631223a302e393233303736393233303736393233312c22737570706f7274223a34357d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b39342c345d2c5b332c34325d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17885', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a226576616c75617465222c2276657273696f6e223a2262653766393461396534646561303937333434383831623539393736633339323666626437373832616436353230353762346237646432393739326636306535227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a226576616c75617465222c2276657273696f6e223a2237343865613132336365353134313061353861613533623035333830636136383365666539346261616336386335313938636561383736356134313466316664227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17886', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e3934343732333538373831343336392c226d65616e53746570223a302e33333331373735313235333532313637372c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303138393034383734373332303632367d2c7b2261677265656d656e74223a302e3934343732333538373831343336392c226d65616e53746570223a302e333235363937383030363738323132342c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e393831353739343837313336383636327d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17887', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a37312c226163637572616379223a302e393135343932393537373436343738392c22707265636973696f6e5f6d6163726f223a302e393130333533353335333533353335322c22726563616c6c5f6d6163726f223a302e393130333533353335333533353335322c2266315f6d6163726f223a302e393130333533353335333533353335322c22726f635f617563223a302e393835363930323335363930323335372c226c6f675f6c6f7373223a302e31383534343336353035383231393139382c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393331383138313831383138313831382c22726563616c6c223a302e393331383138313831383138313831382c226631223a302e393331383138313831383138313831382c22737570706f7274223a34347d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e383838383838383838383838383838382c22726563616c6c223a302e383838383838383838383838383838382c226631223a302e383838383838383838383838383838382c22737570706f7274223a32377d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b34312c335d2c5b332c32345d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17888', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a37322c226163637572616379223a302e393836313131313131313131313131322c22707265636973696f6e5f6d6163726f223a302e393733363834323130353236333135372c22726563616c6c5f6d6163726f223a302e393930373430373430373430373430372c2266315f6d6163726f223a302e393831383133353839323930323234392c22726f635f617563223a302e393938393731313933343135363337392c226c6f675f6c6f7373223a302e31363831373739323237313035393639352c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a312e302c22726563616c6c223a302e393831343831343831343831343831352c226631223a302e393930363534323035363037343736372c22737570706f7274223a35347d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e393437333638343231303532363331352c22726563616c6c223a312e302c226631223a302e3937323937323937323937323937332c22737570706f7274223a31387d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b35332c315d2c5b302c31385d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17889', 131072);
SELECT pg_catalog.lowrite(0, '\x7b227461736b223a22636c617373696669636174696f6e222c2273616d706c6573223a3134332c226163637572616379223a302e3935313034383935313034383935312c22707265636973696f6e5f6d6163726f223a302e393431303537383231363034363631362c22726563616c6c5f6d6163726f223a302e393436323538353033343031333630352c2266315f6d6163726f223a302e393433353839373433353839373433362c22726f635f617563223a302e393932333737313531343638303630372c226c6f675f6c6f7373223a302e31373637353034313639363835323137362c22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c227065725f636c617373223a7b2262656e69676e223a7b22707265636973696f6e223a302e393639303732313634393438343533362c22726563616c6c223a302e393539313833363733343639333837372c226631223a302e3936343130323536343130323536342c22737570706f7274223a39387d2c226d616c69676e616e74223a7b22707265636973696f6e223a302e393133303433343738323630383639352c22726563616c6c223a302e393333333333333333333333333333332c226631223a302e393233303736393233303736393233312c22737570706f7274223a34357d7d2c22636f6e667573696f6e5f6d6174726978223a5b5b39342c345d2c5b332c34325d5d7d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17890', 131072);
SELECT pg_catalog.lowrite(0, '\x7b22636c6173736573223a5b2262656e69676e222c226d616c69676e616e74225d2c226665617475726573223a5b7b22636f6c756d6e223a22617265615f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a33392e3836363730313837373933343235342c22737464223a34312e37303139393232353733353736397d2c7b22636f6c756d6e223a22636f6d706163746e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323536393237353832313539363234352c22737464223a302e3031383137303838353037393235383132367d2c7b22636f6c756d6e223a22636f6e636176655f706f696e74735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3031313935313632393130373938313232332c22737464223a302e3030363338333834393232333537383737367d2c7b22636f6c756d6e223a22636f6e6361766974795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303332373537323639303134303834352c22737464223a302e30333233313333353436363034323633327d2c7b22636f6c756d6e223a226672616374616c5f64696d656e73696f6e5f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030333831343433363135303233343734322c22737464223a302e3030323535313034343939363530333631337d2c7b22636f6c756d6e223a226d65616e5f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3635322e323131303332383633383439382c22737464223a3333332e35393233323639353930383236347d2c7b22636f6c756d6e223a226d65616e5f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313034393130323831363930313430382c22737464223a302e30353436373236313934313335323036377d2c7b22636f6c756d6e223a226d65616e5f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303439323730313232303635373237372c22737464223a302e30333834353238363739373131333738347d2c7b22636f6c756d6e223a226d65616e5f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30393036393437353238313639303134312c22737464223a302e30383035383336373736393234313939377d2c7b22636f6c756d6e223a226d65616e5f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30363238303834373431373834303337352c22737464223a302e3030363835373633313632363237313137357d2c7b22636f6c756d6e223a226d65616e5f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a39312e39363238343033373535383638342c22737464223a32332e37313738373132303933323639377d2c7b22636f6c756d6e223a226d65616e5f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31342e3131393933363631393731383331312c22737464223a332e343236383433373536393430323737347d2c7b22636f6c756d6e223a226d65616e5f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e303936323431303536333338303238322c22737464223a302e3031343037363735373639313331383837327d2c7b22636f6c756d6e223a226d65616e5f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31383136373034323235333532313132332c22737464223a302e3032373836313130353334323431373337337d2c7b22636f6c756d6e223a226d65616e5f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a31392e3330363130333238363338343937352c22737464223a342e3330333734343031313334313032357d2c7b22636f6c756d6e223a22706572696d657465725f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a322e383637313436373133363135303232362c22737464223a312e393738313330353535313038313738377d2c7b22636f6c756d6e223a227261646975735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3430333931393234383832363239312c22737464223a302e32363834343035343831353234363036367d2c7b22636f6c756d6e223a22736d6f6f74686e6573735f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3030373132343637313336313530323334362c22737464223a302e303033303638313731373830353731353039357d2c7b22636f6c756d6e223a2273796d6d657472795f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30323036333437363035363333383032392c22737464223a302e3030383435383935303737323238393737357d2c7b22636f6c756d6e223a22746578747572655f6572726f72222c2269734f6e65486f74223a66616c73652c226d65616e223a312e323336373838303238313639303133382c22737464223a302e353730323232323138323934373235367d2c7b22636f6c756d6e223a22776f7273745f61726561222c2269734f6e65486f74223a66616c73652c226d65616e223a3837352e383831363930313430383435332c22737464223a3533312e323838343232373633333831337d2c7b22636f6c756d6e223a22776f7273745f636f6d706163746e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323537303231373133363135303233342c22737464223a302e31363434343239363533353837363433357d2c7b22636f6c756d6e223a22776f7273745f636f6e636176655f706f696e7473222c2269734f6e65486f74223a66616c73652c226d65616e223a302e31313537323132363736303536333338312c22737464223a302e30363630353631333839383033303031327d2c7b22636f6c756d6e223a22776f7273745f636f6e636176697479222c2269734f6e65486f74223a66616c73652c226d65616e223a302e323738353834353739383132323036352c22737464223a302e32313632373532333938333736313135377d2c7b22636f6c756d6e223a22776f7273745f6672616374616c5f64696d656e73696f6e222c2269734f6e65486f74223a66616c73652c226d65616e223a302e30383432393330373531313733373039332c22737464223a302e30313833353937373231393131323034367d2c7b22636f6c756d6e223a22776f7273745f706572696d65746572222c2269734f6e65486f74223a66616c73652c226d65616e223a3130372e323938343033373535383638362c22737464223a33322e35383039333735333131363538377d2c7b22636f6c756d6e223a22776f7273745f726164697573222c2269734f6e65486f74223a66616c73652c226d65616e223a31362e3236303934383335363830373531382c22737464223a342e3636363335343337313839333930367d2c7b22636f6c756d6e223a22776f7273745f736d6f6f74686e657373222c2269734f6e65486f74223a66616c73652c226d65616e223a302e313332363131353936323434313331352c22737464223a302e3032323831343139323338303537333536367d2c7b22636f6c756d6e223a22776f7273745f73796d6d65747279222c2269734f6e65486f74223a66616c73652c226d65616e223a302e3239313235373034323235333532312c22737464223a302e30363239333639343033343334363132347d2c7b22636f6c756d6e223a22776f7273745f74657874757265222c2269734f6e65486f74223a66616c73652c226d65616e223a32352e3734303039333839363731333631332c22737464223a362e3137363830383437323137383934357d5d2c226c6162656c223a22646961676e6f736973222c226c6162656c4d65616e223a302e302c226c6162656c537464223a312e302c227461736b223a2242494e415259227d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17891', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a22747261696e222c2276657273696f6e223a2264646465663533623931633163386436626238643335383565346138343833336562313738363165303565383735633062633936373665643838666538343564227d2c7b2264617461736574223a22776973636f6e73696e2d747261696e222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a22747261696e222c2276657273696f6e223a2266336363316633326639316433343030356536653932323166643864363530373163653630663139313335363365313238366234343835396338303966626634227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22746167223a226576616c75617465222c2276657273696f6e223a2262653766393461396534646561303937333434383831623539393736633339323666626437373832616436353230353762346237646432393739326636306535227d2c7b2264617461736574223a22776973636f6e73696e2d6576616c75617465222c226d69736d61746368223a66616c73652c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22746167223a226576616c75617465222c2276657273696f6e223a2237343865613132336365353134313061353861613533623035333830636136383365666539346261616336386335313938636561383736356134313466316664227d5d');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('17892', 131072);
SELECT pg_catalog.lowrite(0, '\x5b7b2261677265656d656e74223a302e393631323437363435363337373139382c226d65616e53746570223a302e32343437303836313633393433363036322c227061727469636970616e74223a2272656c30312d70672d776f726b65722d612d32222c22726f756e6473223a342c2273746570526174696f223a312e303331393532303839373239343936337d2c7b2261677265656d656e74223a302e393631323437363435363337373139382c226d65616e53746570223a302e323337373835373631393339313236392c227061727469636970616e74223a2272656c30312d70672d776f726b65722d622d32222c22726f756e6473223a342c2273746570526174696f223a302e393639303638333839373830343031387d5d');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: syn_allocation_share syn_allocation_share_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_allocation_share
    ADD CONSTRAINT syn_allocation_share_pkey PRIMARY KEY (id);


--
-- Name: syn_catalog_audit syn_catalog_audit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_catalog_audit
    ADD CONSTRAINT syn_catalog_audit_pkey PRIMARY KEY (id);


--
-- Name: syn_catalog_column syn_catalog_column_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_catalog_column
    ADD CONSTRAINT syn_catalog_column_pkey PRIMARY KEY (dataset_id, "position");


--
-- Name: syn_catalog_dataset syn_catalog_dataset_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_catalog_dataset
    ADD CONSTRAINT syn_catalog_dataset_pkey PRIMARY KEY (id);


--
-- Name: syn_catalog_keyword syn_catalog_keyword_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_catalog_keyword
    ADD CONSTRAINT syn_catalog_keyword_pkey PRIMARY KEY (dataset_id, "position");


--
-- Name: syn_contribution syn_contribution_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_contribution
    ADD CONSTRAINT syn_contribution_pkey PRIMARY KEY (id);


--
-- Name: syn_contribution_value syn_contribution_value_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_contribution_value
    ADD CONSTRAINT syn_contribution_value_pkey PRIMARY KEY (id);


--
-- Name: syn_data_tag_dataset syn_data_tag_dataset_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_data_tag_dataset
    ADD CONSTRAINT syn_data_tag_dataset_pkey PRIMARY KEY (datatag_id, "position");


--
-- Name: syn_data_tag syn_data_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_data_tag
    ADD CONSTRAINT syn_data_tag_pkey PRIMARY KEY (id);


--
-- Name: syn_evaluation_result syn_evaluation_result_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_evaluation_result
    ADD CONSTRAINT syn_evaluation_result_pkey PRIMARY KEY (id);


--
-- Name: syn_experiment syn_experiment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_experiment
    ADD CONSTRAINT syn_experiment_pkey PRIMARY KEY (id);


--
-- Name: syn_job syn_job_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_job
    ADD CONSTRAINT syn_job_pkey PRIMARY KEY (id);


--
-- Name: syn_model_version syn_model_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_model_version
    ADD CONSTRAINT syn_model_version_pkey PRIMARY KEY (id);


--
-- Name: syn_participant syn_participant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_participant
    ADD CONSTRAINT syn_participant_pkey PRIMARY KEY (id);


--
-- Name: syn_prediction_result syn_prediction_result_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_prediction_result
    ADD CONSTRAINT syn_prediction_result_pkey PRIMARY KEY (id);


--
-- Name: syn_project syn_project_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_project
    ADD CONSTRAINT syn_project_pkey PRIMARY KEY (id);


--
-- Name: syn_registration syn_registration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_registration
    ADD CONSTRAINT syn_registration_pkey PRIMARY KEY (id);


--
-- Name: syn_reward_allocation syn_reward_allocation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_reward_allocation
    ADD CONSTRAINT syn_reward_allocation_pkey PRIMARY KEY (id);


--
-- Name: syn_round_local_loss syn_round_local_loss_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_round_local_loss
    ADD CONSTRAINT syn_round_local_loss_pkey PRIMARY KEY (roundresult_id, participant);


--
-- Name: syn_round_result syn_round_result_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_round_result
    ADD CONSTRAINT syn_round_result_pkey PRIMARY KEY (id);


--
-- Name: syn_round_updates syn_round_updates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_round_updates
    ADD CONSTRAINT syn_round_updates_pkey PRIMARY KEY (id);


--
-- Name: syn_run syn_run_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_run
    ADD CONSTRAINT syn_run_pkey PRIMARY KEY (id);


--
-- Name: syn_search syn_search_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_search
    ADD CONSTRAINT syn_search_pkey PRIMARY KEY (id);


--
-- Name: syn_stage_transition syn_stage_transition_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_stage_transition
    ADD CONSTRAINT syn_stage_transition_pkey PRIMARY KEY (id);


--
-- Name: syn_model_version uk2tkpof1t4093a0b4jjkjockrp; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_model_version
    ADD CONSTRAINT uk2tkpof1t4093a0b4jjkjockrp UNIQUE (project_id, number);


--
-- Name: syn_run uk3v2iutolumbd0n6jqdhor0yqi; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_run
    ADD CONSTRAINT uk3v2iutolumbd0n6jqdhor0yqi UNIQUE (experiment_id, name);


--
-- Name: syn_contribution_value uk6cd2x5q0s739aphgajugqc3fm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_contribution_value
    ADD CONSTRAINT uk6cd2x5q0s739aphgajugqc3fm UNIQUE (contribution_id, participant);


--
-- Name: syn_catalog_dataset ukadixyougyt2md2cqh6hnauus6; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_catalog_dataset
    ADD CONSTRAINT ukadixyougyt2md2cqh6hnauus6 UNIQUE (owner, name);


--
-- Name: syn_round_updates ukahcgt9yostkn6lor0wwo9rmn2; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_round_updates
    ADD CONSTRAINT ukahcgt9yostkn6lor0wwo9rmn2 UNIQUE (run_id, round);


--
-- Name: syn_participant ukai0x2f1sp8ma0480cabwenebg; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_participant
    ADD CONSTRAINT ukai0x2f1sp8ma0480cabwenebg UNIQUE (name);


--
-- Name: syn_project ukdips1y0s5xnxjonyv386fvh68; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_project
    ADD CONSTRAINT ukdips1y0s5xnxjonyv386fvh68 UNIQUE (name);


--
-- Name: syn_registration ukjgk28mbbekhujr4j19614k63q; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_registration
    ADD CONSTRAINT ukjgk28mbbekhujr4j19614k63q UNIQUE (project_id, participant_id);


--
-- Name: syn_experiment ukoi5q98f3v7viurg3mn2b8o41y; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_experiment
    ADD CONSTRAINT ukoi5q98f3v7viurg3mn2b8o41y UNIQUE (project_id, name);


--
-- Name: syn_data_tag ukoid4uculpyavc2spvc95heleb; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_data_tag
    ADD CONSTRAINT ukoid4uculpyavc2spvc95heleb UNIQUE (registration_id, tag);


--
-- Name: syn_catalog_audit_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX syn_catalog_audit_at ON public.syn_catalog_audit USING btree (at);


--
-- Name: syn_data_tag_dataset fk1hoiwi8gs07nvqjgqlmlxn6n8; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_data_tag_dataset
    ADD CONSTRAINT fk1hoiwi8gs07nvqjgqlmlxn6n8 FOREIGN KEY (datatag_id) REFERENCES public.syn_data_tag(id);


--
-- Name: syn_data_tag fk2p2qncc29h4gyo83hpc4njk57; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_data_tag
    ADD CONSTRAINT fk2p2qncc29h4gyo83hpc4njk57 FOREIGN KEY (registration_id) REFERENCES public.syn_registration(id);


--
-- Name: syn_round_updates fk37orm7y4nw8tcbrkah7xgjyst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_round_updates
    ADD CONSTRAINT fk37orm7y4nw8tcbrkah7xgjyst FOREIGN KEY (run_id) REFERENCES public.syn_run(id);


--
-- Name: syn_evaluation_result fk4rskm2vy9lt11698vtaut18a2; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_evaluation_result
    ADD CONSTRAINT fk4rskm2vy9lt11698vtaut18a2 FOREIGN KEY (run_id) REFERENCES public.syn_run(id);


--
-- Name: syn_job fk53ix49ns3aa1gy4f5q49ke0hr; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_job
    ADD CONSTRAINT fk53ix49ns3aa1gy4f5q49ke0hr FOREIGN KEY (run_id) REFERENCES public.syn_run(id);


--
-- Name: syn_catalog_column fk5ij5fmb7mu3sj0arukx81wk2c; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_catalog_column
    ADD CONSTRAINT fk5ij5fmb7mu3sj0arukx81wk2c FOREIGN KEY (dataset_id) REFERENCES public.syn_catalog_dataset(id);


--
-- Name: syn_round_result fk7v2tetsg64fjknh9a4i00lv8d; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_round_result
    ADD CONSTRAINT fk7v2tetsg64fjknh9a4i00lv8d FOREIGN KEY (run_id) REFERENCES public.syn_run(id);


--
-- Name: syn_round_local_loss fk7ya35j4krwciff53g3701bj7f; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_round_local_loss
    ADD CONSTRAINT fk7ya35j4krwciff53g3701bj7f FOREIGN KEY (roundresult_id) REFERENCES public.syn_round_result(id);


--
-- Name: syn_contribution fkavp0860r918vons9l2c5e0ssh; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_contribution
    ADD CONSTRAINT fkavp0860r918vons9l2c5e0ssh FOREIGN KEY (run_id) REFERENCES public.syn_run(id);


--
-- Name: syn_reward_allocation fkbosywm25iy3v7wkuq17e6gjgt; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_reward_allocation
    ADD CONSTRAINT fkbosywm25iy3v7wkuq17e6gjgt FOREIGN KEY (contribution_id) REFERENCES public.syn_contribution(id);


--
-- Name: syn_contribution_value fke4yg8uupfmw4p7lorxjcp1qc5; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_contribution_value
    ADD CONSTRAINT fke4yg8uupfmw4p7lorxjcp1qc5 FOREIGN KEY (contribution_id) REFERENCES public.syn_contribution(id);


--
-- Name: syn_registration fkfm6yybbj08xo58a3n5r1vgjnm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_registration
    ADD CONSTRAINT fkfm6yybbj08xo58a3n5r1vgjnm FOREIGN KEY (participant_id) REFERENCES public.syn_participant(id);


--
-- Name: syn_run fkiuea85q8asst55wh9xdoc4xiq; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_run
    ADD CONSTRAINT fkiuea85q8asst55wh9xdoc4xiq FOREIGN KEY (experiment_id) REFERENCES public.syn_experiment(id);


--
-- Name: syn_model_version fkiy6lld3t965n3xycejt7p0ogr; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_model_version
    ADD CONSTRAINT fkiy6lld3t965n3xycejt7p0ogr FOREIGN KEY (project_id) REFERENCES public.syn_project(id);


--
-- Name: syn_job fkjn3fygla499h4t0oujpg2123u; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_job
    ADD CONSTRAINT fkjn3fygla499h4t0oujpg2123u FOREIGN KEY (contribution_id) REFERENCES public.syn_contribution(id);


--
-- Name: syn_job fkl80tixo5s8glyt1e9nf9u5btv; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_job
    ADD CONSTRAINT fkl80tixo5s8glyt1e9nf9u5btv FOREIGN KEY (search_id) REFERENCES public.syn_search(id);


--
-- Name: syn_model_version fkll574mbe00f2jcx5gxwmgc7kx; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_model_version
    ADD CONSTRAINT fkll574mbe00f2jcx5gxwmgc7kx FOREIGN KEY (run_id) REFERENCES public.syn_run(id);


--
-- Name: syn_catalog_keyword fknjywxwwqy9t18cwd6dbvgkxiq; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_catalog_keyword
    ADD CONSTRAINT fknjywxwwqy9t18cwd6dbvgkxiq FOREIGN KEY (dataset_id) REFERENCES public.syn_catalog_dataset(id);


--
-- Name: syn_registration fknwapfrcl9lkcwk9lhdtwmovve; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_registration
    ADD CONSTRAINT fknwapfrcl9lkcwk9lhdtwmovve FOREIGN KEY (project_id) REFERENCES public.syn_project(id);


--
-- Name: syn_run fkp793gqaf4b8ipth0rbs2kqbhd; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_run
    ADD CONSTRAINT fkp793gqaf4b8ipth0rbs2kqbhd FOREIGN KEY (coalitionof_id) REFERENCES public.syn_contribution(id);


--
-- Name: syn_stage_transition fkpocgmp6f8a28dvqrklhnsjvm5; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_stage_transition
    ADD CONSTRAINT fkpocgmp6f8a28dvqrklhnsjvm5 FOREIGN KEY (modelversion_id) REFERENCES public.syn_model_version(id);


--
-- Name: syn_prediction_result fkpp9heuav7yng9bl01bt6otshc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_prediction_result
    ADD CONSTRAINT fkpp9heuav7yng9bl01bt6otshc FOREIGN KEY (run_id) REFERENCES public.syn_run(id);


--
-- Name: syn_search fkpw8m2x86ookus65lktsw1baaw; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_search
    ADD CONSTRAINT fkpw8m2x86ookus65lktsw1baaw FOREIGN KEY (experiment_id) REFERENCES public.syn_experiment(id);


--
-- Name: syn_allocation_share fkql8bnghf5xwqkweha7ubb5d4o; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_allocation_share
    ADD CONSTRAINT fkql8bnghf5xwqkweha7ubb5d4o FOREIGN KEY (allocation_id) REFERENCES public.syn_reward_allocation(id);


--
-- Name: syn_job fktbssdx3kifbhaxwofaww6brek; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_job
    ADD CONSTRAINT fktbssdx3kifbhaxwofaww6brek FOREIGN KEY (parent_id) REFERENCES public.syn_job(id);


--
-- Name: syn_experiment fkuqto5vrf7xt7de15b7k7jbyk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.syn_experiment
    ADD CONSTRAINT fkuqto5vrf7xt7de15b7k7jbyk FOREIGN KEY (project_id) REFERENCES public.syn_project(id);


--
-- PostgreSQL database dump complete
--


