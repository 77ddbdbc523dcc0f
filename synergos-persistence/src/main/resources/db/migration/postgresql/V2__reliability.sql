-- Version 2: runs that survive their TTP and their Workers (issue "Reliability and operations").
-- Check constraints of enum-like columns are dropped after this script (DropEnumChecks).
ALTER TABLE syn_run ADD COLUMN node character varying(100);
ALTER TABLE syn_run ADD COLUMN datawarnings text;
ALTER TABLE syn_run ADD COLUMN minworkers integer;
ALTER TABLE syn_run ADD COLUMN rounddeadlineseconds double precision;
ALTER TABLE syn_round_result ADD COLUMN answered character varying(4000);
ALTER TABLE syn_round_result ADD COLUMN late character varying(4000);
ALTER TABLE syn_round_result ADD COLUMN absent character varying(4000);
ALTER TABLE syn_job ADD COLUMN heartbeatat timestamp(6) with time zone;
ALTER TABLE syn_job ADD COLUMN resumes integer;
ALTER TABLE syn_job ADD COLUMN resuming boolean;
CREATE SEQUENCE syn_run_checkpoint_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE syn_run_checkpoint (
    id bigint NOT NULL,
    bestloss double precision NOT NULL,
    node character varying(100),
    parameters bytea NOT NULL,
    rounds integer NOT NULL,
    roundswithoutimprovement integer NOT NULL,
    savedat timestamp(6) with time zone,
    statistics bytea,
    run_id bigint NOT NULL
);
ALTER TABLE ONLY syn_run_checkpoint
    ADD CONSTRAINT syn_run_checkpoint_pkey PRIMARY KEY (id);
ALTER TABLE ONLY syn_run_checkpoint
    ADD CONSTRAINT syn_run_checkpoint_run_id_key UNIQUE (run_id);
ALTER TABLE ONLY syn_run_checkpoint
    ADD CONSTRAINT syn_run_checkpoint_run_fk FOREIGN KEY (run_id) REFERENCES syn_run(id);
