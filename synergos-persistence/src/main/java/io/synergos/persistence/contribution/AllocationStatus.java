package io.synergos.persistence.contribution;

/** A reward allocation is a DRAFT, changeable, until an admin publishes it; a PUBLISHED one never changes. */
public enum AllocationStatus { DRAFT, PUBLISHED }
