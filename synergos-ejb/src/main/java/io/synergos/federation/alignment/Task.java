package io.synergos.federation.alignment;

/** What the label asks of the model; it follows from the label's type and number of classes. */
public enum Task { BINARY, MULTICLASS, REGRESSION }
