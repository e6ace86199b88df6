package org.beamcat.icat.server.query.validation;

/** Where a path appears, which decides whether it may cross or end in a to-many relationship. */
enum PathUse {
    /** A value in WHERE, HAVING, GROUP BY, ORDER BY or a function: to-one steps only (JOIN to reach collections). */
    VALUE,
    /** A SELECT item or its aggregate: to-many steps are allowed and become joins (contract 3.2). */
    SELECT,
    /** IS EMPTY, MEMBER OF, SIZE: must end in a to-many relationship. */
    COLLECTION,
    /** JOIN path or path declaration in FROM: must end in a relationship. */
    DECLARATION
}
