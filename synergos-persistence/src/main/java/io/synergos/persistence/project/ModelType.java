package io.synergos.persistence.project;

/** The model families an experiment can train. */
public enum ModelType {
    /** Binary or multinomial logistic regression, chosen by the number of label classes. */
    LOGISTIC_REGRESSION,
    LINEAR_REGRESSION,
    /** Multilayer perceptron; the task (classification or regression) follows the label. */
    MLP
}
