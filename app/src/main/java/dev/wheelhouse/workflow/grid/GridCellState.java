package dev.wheelhouse.workflow.grid;

/** What a cell of the matrix grid stands for. */
public enum GridCellState {
    /** A cross-product combination that runs as a job. */
    NORMAL,
    /** A cross-product combination that an exclude entry removes. */
    EXCLUDED,
    /** A job appended by an include entry (its values are not a cross-product combination). */
    INCLUDED,
    /** The matrix is computed at run time; the cell cannot be known or edited here. */
    DYNAMIC,
    /** No combination sits here (an include-only value paired with another column). */
    EMPTY
}
