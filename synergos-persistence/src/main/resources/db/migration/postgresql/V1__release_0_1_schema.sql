-- Version 1: the schema of Synergos release 0.1 on PostgreSQL, as Hibernate's hbm2ddl "update" made it (dumped with
-- pg_dump --schema-only from a node of that release). A database made by release 0.1 is taken as this version.
CREATE TABLE syn_allocation_share (
    id bigint NOT NULL,
    amount numeric(24,6) NOT NULL,
    fraction double precision NOT NULL,
    participant character varying(100) NOT NULL,
    reason character varying(2000),
    tier character varying(100),
    allocation_id bigint NOT NULL
);
CREATE SEQUENCE syn_allocation_share_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_catalog_audit (
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
CREATE SEQUENCE syn_catalog_audit_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_catalog_column (
    dataset_id bigint NOT NULL,
    categories integer,
    column_name character varying(200) NOT NULL,
    column_type character varying(20) NOT NULL,
    "position" integer NOT NULL
);
CREATE TABLE syn_catalog_dataset (
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
CREATE SEQUENCE syn_catalog_dataset_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_catalog_keyword (
    dataset_id bigint NOT NULL,
    keyword character varying(100),
    "position" integer NOT NULL
);
CREATE TABLE syn_contribution (
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
CREATE SEQUENCE syn_contribution_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_contribution_value (
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
CREATE SEQUENCE syn_contribution_value_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_data_tag (
    id bigint NOT NULL,
    tag character varying(20) NOT NULL,
    registration_id bigint NOT NULL,
    CONSTRAINT syn_data_tag_tag_check CHECK (((tag)::text = ANY ((ARRAY['TRAIN'::character varying, 'EVALUATE'::character varying, 'PREDICT'::character varying])::text[])))
);
CREATE TABLE syn_data_tag_dataset (
    datatag_id bigint NOT NULL,
    dataset character varying(200) NOT NULL,
    "position" integer NOT NULL
);
CREATE SEQUENCE syn_data_tag_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_evaluation_result (
    id bigint NOT NULL,
    createdat timestamp(6) with time zone,
    metrics text NOT NULL,
    participant character varying(100),
    samples bigint NOT NULL,
    run_id bigint NOT NULL
);
CREATE SEQUENCE syn_evaluation_result_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_experiment (
    id bigint NOT NULL,
    activation character varying(20),
    hiddenlayers character varying(200),
    modeltype character varying(40) NOT NULL,
    name character varying(100) NOT NULL,
    project_id bigint NOT NULL,
    CONSTRAINT syn_experiment_modeltype_check CHECK (((modeltype)::text = ANY ((ARRAY['LOGISTIC_REGRESSION'::character varying, 'LINEAR_REGRESSION'::character varying, 'MLP'::character varying])::text[])))
);
CREATE SEQUENCE syn_experiment_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_job (
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
CREATE SEQUENCE syn_job_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_model_version (
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
CREATE SEQUENCE syn_model_version_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_participant (
    id bigint NOT NULL,
    baseurl character varying(500) NOT NULL,
    controlkeyhash character varying(64),
    controlkeysalt character varying(32),
    accesskey character varying(200),
    name character varying(100) NOT NULL,
    operator character varying(100),
    sealedcontrolkey character varying(400)
);
CREATE SEQUENCE syn_participant_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_prediction_result (
    id bigint NOT NULL,
    createdat timestamp(6) with time zone,
    message character varying(4000),
    participant character varying(100) NOT NULL,
    predictions bigint NOT NULL,
    status character varying(20) NOT NULL,
    run_id bigint NOT NULL
);
CREATE SEQUENCE syn_prediction_result_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_project (
    id bigint NOT NULL,
    catalogversionpolicy character varying(10),
    contributionmetric character varying(20),
    createdat timestamp(6) with time zone NOT NULL,
    description character varying(2000),
    name character varying(100) NOT NULL
);
CREATE SEQUENCE syn_project_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_registration (
    id bigint NOT NULL,
    participant_id bigint NOT NULL,
    project_id bigint NOT NULL
);
CREATE SEQUENCE syn_registration_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_reward_allocation (
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
CREATE SEQUENCE syn_reward_allocation_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_round_local_loss (
    roundresult_id bigint NOT NULL,
    loss double precision,
    participant character varying(100) NOT NULL
);
CREATE TABLE syn_round_result (
    id bigint NOT NULL,
    durationmillis double precision NOT NULL,
    globalloss double precision NOT NULL,
    round integer NOT NULL,
    run_id bigint NOT NULL
);
CREATE SEQUENCE syn_round_result_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_round_updates (
    id bigint NOT NULL,
    data bytea NOT NULL,
    round integer NOT NULL,
    run_id bigint NOT NULL
);
CREATE SEQUENCE syn_round_updates_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_run (
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
CREATE SEQUENCE syn_run_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_search (
    id bigint NOT NULL,
    metric character varying(40) NOT NULL,
    space text NOT NULL,
    strategy character varying(10) NOT NULL,
    submittedat timestamp(6) with time zone,
    submittedby character varying(200),
    experiment_id bigint NOT NULL
);
CREATE SEQUENCE syn_search_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_stage_transition (
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
CREATE SEQUENCE syn_stage_transition_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE ONLY syn_allocation_share
    ADD CONSTRAINT syn_allocation_share_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_catalog_audit
    ADD CONSTRAINT syn_catalog_audit_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_catalog_column
    ADD CONSTRAINT syn_catalog_column_pkey PRIMARY KEY (dataset_id, "position");
ALTER TABLE ONLY syn_catalog_dataset
    ADD CONSTRAINT syn_catalog_dataset_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_catalog_keyword
    ADD CONSTRAINT syn_catalog_keyword_pkey PRIMARY KEY (dataset_id, "position");
ALTER TABLE ONLY syn_contribution
    ADD CONSTRAINT syn_contribution_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_contribution_value
    ADD CONSTRAINT syn_contribution_value_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_data_tag_dataset
    ADD CONSTRAINT syn_data_tag_dataset_pkey PRIMARY KEY (datatag_id, "position");
ALTER TABLE ONLY syn_data_tag
    ADD CONSTRAINT syn_data_tag_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_evaluation_result
    ADD CONSTRAINT syn_evaluation_result_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_experiment
    ADD CONSTRAINT syn_experiment_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_job
    ADD CONSTRAINT syn_job_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_model_version
    ADD CONSTRAINT syn_model_version_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_participant
    ADD CONSTRAINT syn_participant_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_prediction_result
    ADD CONSTRAINT syn_prediction_result_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_project
    ADD CONSTRAINT syn_project_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_registration
    ADD CONSTRAINT syn_registration_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_reward_allocation
    ADD CONSTRAINT syn_reward_allocation_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_round_local_loss
    ADD CONSTRAINT syn_round_local_loss_pkey PRIMARY KEY (roundresult_id, participant);
ALTER TABLE ONLY syn_round_result
    ADD CONSTRAINT syn_round_result_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_round_updates
    ADD CONSTRAINT syn_round_updates_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_run
    ADD CONSTRAINT syn_run_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_search
    ADD CONSTRAINT syn_search_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_stage_transition
    ADD CONSTRAINT syn_stage_transition_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_model_version
    ADD CONSTRAINT uk2tkpof1t4093a0b4jjkjockrp UNIQUE (project_id, number);
ALTER TABLE ONLY syn_run
    ADD CONSTRAINT uk3v2iutolumbd0n6jqdhor0yqi UNIQUE (experiment_id, name);
ALTER TABLE ONLY syn_contribution_value
    ADD CONSTRAINT uk6cd2x5q0s739aphgajugqc3fm UNIQUE (contribution_id, participant);
ALTER TABLE ONLY syn_catalog_dataset
    ADD CONSTRAINT ukadixyougyt2md2cqh6hnauus6 UNIQUE (owner, name);
ALTER TABLE ONLY syn_round_updates
    ADD CONSTRAINT ukahcgt9yostkn6lor0wwo9rmn2 UNIQUE (run_id, round);
ALTER TABLE ONLY syn_participant
    ADD CONSTRAINT ukai0x2f1sp8ma0480cabwenebg UNIQUE (name);
ALTER TABLE ONLY syn_project
    ADD CONSTRAINT ukdips1y0s5xnxjonyv386fvh68 UNIQUE (name);
ALTER TABLE ONLY syn_registration
    ADD CONSTRAINT ukjgk28mbbekhujr4j19614k63q UNIQUE (project_id, participant_id);
ALTER TABLE ONLY syn_experiment
    ADD CONSTRAINT ukoi5q98f3v7viurg3mn2b8o41y UNIQUE (project_id, name);
ALTER TABLE ONLY syn_data_tag
    ADD CONSTRAINT ukoid4uculpyavc2spvc95heleb UNIQUE (registration_id, tag);
CREATE INDEX syn_catalog_audit_at ON syn_catalog_audit USING btree (at);
ALTER TABLE ONLY syn_data_tag_dataset
    ADD CONSTRAINT fk1hoiwi8gs07nvqjgqlmlxn6n8 FOREIGN KEY (datatag_id) REFERENCES syn_data_tag(id);
ALTER TABLE ONLY syn_data_tag
    ADD CONSTRAINT fk2p2qncc29h4gyo83hpc4njk57 FOREIGN KEY (registration_id) REFERENCES syn_registration(id);
ALTER TABLE ONLY syn_round_updates
    ADD CONSTRAINT fk37orm7y4nw8tcbrkah7xgjyst FOREIGN KEY (run_id) REFERENCES syn_run(id);
ALTER TABLE ONLY syn_evaluation_result
    ADD CONSTRAINT fk4rskm2vy9lt11698vtaut18a2 FOREIGN KEY (run_id) REFERENCES syn_run(id);
ALTER TABLE ONLY syn_job
    ADD CONSTRAINT fk53ix49ns3aa1gy4f5q49ke0hr FOREIGN KEY (run_id) REFERENCES syn_run(id);
ALTER TABLE ONLY syn_catalog_column
    ADD CONSTRAINT fk5ij5fmb7mu3sj0arukx81wk2c FOREIGN KEY (dataset_id) REFERENCES syn_catalog_dataset(id);
ALTER TABLE ONLY syn_round_result
    ADD CONSTRAINT fk7v2tetsg64fjknh9a4i00lv8d FOREIGN KEY (run_id) REFERENCES syn_run(id);
ALTER TABLE ONLY syn_round_local_loss
    ADD CONSTRAINT fk7ya35j4krwciff53g3701bj7f FOREIGN KEY (roundresult_id) REFERENCES syn_round_result(id);
ALTER TABLE ONLY syn_contribution
    ADD CONSTRAINT fkavp0860r918vons9l2c5e0ssh FOREIGN KEY (run_id) REFERENCES syn_run(id);
ALTER TABLE ONLY syn_reward_allocation
    ADD CONSTRAINT fkbosywm25iy3v7wkuq17e6gjgt FOREIGN KEY (contribution_id) REFERENCES syn_contribution(id);
ALTER TABLE ONLY syn_contribution_value
    ADD CONSTRAINT fke4yg8uupfmw4p7lorxjcp1qc5 FOREIGN KEY (contribution_id) REFERENCES syn_contribution(id);
ALTER TABLE ONLY syn_registration
    ADD CONSTRAINT fkfm6yybbj08xo58a3n5r1vgjnm FOREIGN KEY (participant_id) REFERENCES syn_participant(id);
ALTER TABLE ONLY syn_run
    ADD CONSTRAINT fkiuea85q8asst55wh9xdoc4xiq FOREIGN KEY (experiment_id) REFERENCES syn_experiment(id);
ALTER TABLE ONLY syn_model_version
    ADD CONSTRAINT fkiy6lld3t965n3xycejt7p0ogr FOREIGN KEY (project_id) REFERENCES syn_project(id);
ALTER TABLE ONLY syn_job
    ADD CONSTRAINT fkjn3fygla499h4t0oujpg2123u FOREIGN KEY (contribution_id) REFERENCES syn_contribution(id);
ALTER TABLE ONLY syn_job
    ADD CONSTRAINT fkl80tixo5s8glyt1e9nf9u5btv FOREIGN KEY (search_id) REFERENCES syn_search(id);
ALTER TABLE ONLY syn_model_version
    ADD CONSTRAINT fkll574mbe00f2jcx5gxwmgc7kx FOREIGN KEY (run_id) REFERENCES syn_run(id);
ALTER TABLE ONLY syn_catalog_keyword
    ADD CONSTRAINT fknjywxwwqy9t18cwd6dbvgkxiq FOREIGN KEY (dataset_id) REFERENCES syn_catalog_dataset(id);
ALTER TABLE ONLY syn_registration
    ADD CONSTRAINT fknwapfrcl9lkcwk9lhdtwmovve FOREIGN KEY (project_id) REFERENCES syn_project(id);
ALTER TABLE ONLY syn_run
    ADD CONSTRAINT fkp793gqaf4b8ipth0rbs2kqbhd FOREIGN KEY (coalitionof_id) REFERENCES syn_contribution(id);
ALTER TABLE ONLY syn_stage_transition
    ADD CONSTRAINT fkpocgmp6f8a28dvqrklhnsjvm5 FOREIGN KEY (modelversion_id) REFERENCES syn_model_version(id);
ALTER TABLE ONLY syn_prediction_result
    ADD CONSTRAINT fkpp9heuav7yng9bl01bt6otshc FOREIGN KEY (run_id) REFERENCES syn_run(id);
ALTER TABLE ONLY syn_search
    ADD CONSTRAINT fkpw8m2x86ookus65lktsw1baaw FOREIGN KEY (experiment_id) REFERENCES syn_experiment(id);
ALTER TABLE ONLY syn_allocation_share
    ADD CONSTRAINT fkql8bnghf5xwqkweha7ubb5d4o FOREIGN KEY (allocation_id) REFERENCES syn_reward_allocation(id);
ALTER TABLE ONLY syn_job
    ADD CONSTRAINT fktbssdx3kifbhaxwofaww6brek FOREIGN KEY (parent_id) REFERENCES syn_job(id);
ALTER TABLE ONLY syn_experiment
    ADD CONSTRAINT fkuqto5vrf7xt7de15b7k7jbyk FOREIGN KEY (project_id) REFERENCES syn_project(id);
