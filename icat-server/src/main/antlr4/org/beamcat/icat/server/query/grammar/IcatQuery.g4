/*
 * The JPQL-like dialect of ICAT queries (contract section 3.2), ICAT "get queries" (section 3.6) and the concise
 * (legacy) dialect (section 3.7), which is built into the same syntax tree as the JPQL-like dialect.
 *
 * The grammar only recognises structure. Everything that needs judgement (which functions exist, whether an
 * INCLUDE literal is 1, FETCH being forbidden, the exact timestamp literal form, identifiers against the entity
 * model) is checked by the AST builder and the validator so that each failure gets a precise message.
 *
 * The lexer never fails: characters it cannot place become ERROR_CHAR, unterminated strings and timestamps become
 * UNTERMINATED_* tokens, and comment openers become COMMENT_START. QueryParser rejects those tokens with a message
 * naming the position before the parser runs.
 */
grammar IcatQuery;

options { caseInsensitive = true; }

// ---------------------------------------------------------------------------------------------------------------
// Entry points

selectQuery
    : selectStatement EOF
    ;

getQuery
    : entity=IDENT (AS? variable=IDENT (INCLUDE includeList)?)? EOF                       # newStyleGetQuery
    | entity=IDENT INCLUDE (one=INTEGER_LITERAL | IDENT (',' IDENT)*) EOF                  # oldStyleGetQuery
    ;

// Concise (legacy) dialect, contract 3.7:
//   [offset , count] [DISTINCT] Entity[.attr] ["[" cond "]"] ( "<->" Entity ["[" cond "]"] )* [INCLUDE types] [ORDER BY attrs]
//   or (COUNT|MIN|MAX|AVG|SUM) "(" Entity[.attr] ")" ...
// Paths inside brackets and ORDER BY are relative to their entity; ConciseBuilder resolves them with the model.
conciseQuery
    : (offset=INTEGER_LITERAL ',' count=INTEGER_LITERAL)? DISTINCT? conciseHead conciseCondition?
      (RELATED conciseEntity)*
      (conciseInclude conciseOrderBy? | conciseOrderBy conciseInclude?)?
      EOF
    ;

conciseHead
    : path                                                      # concisePathHead
    | aggregateFunction '(' DISTINCT? path ')'                  # conciseAggregateHead
    ;

conciseEntity
    : entity=IDENT conciseCondition?
    ;

conciseCondition
    : '[' condition ']'
    ;

conciseInclude
    : INCLUDE (one=INTEGER_LITERAL | IDENT (',' IDENT)*)
    ;

conciseOrderBy
    : ORDER BY orderItem (',' orderItem)*
    ;

selectStatement
    : SELECT DISTINCT? selectItem (',' selectItem)*
      fromClause
      whereClause?
      groupByClause?
      havingClause?
      orderByClause?
      (includeClause limitClause? | limitClause includeClause?)?
    ;

subquery
    : SELECT DISTINCT? selectItem fromClause whereClause? groupByClause? havingClause?
    ;

// ---------------------------------------------------------------------------------------------------------------
// SELECT

selectItem
    : path                                                      # pathSelectItem
    | aggregateFunction '(' DISTINCT? path ')'                  # aggregateSelectItem
    ;

aggregateFunction
    : COUNT | MIN | MAX | AVG | SUM
    ;

// ---------------------------------------------------------------------------------------------------------------
// FROM

fromClause
    : FROM fromItem (',' fromItem)*
    ;

fromItem
    : entity=IDENT AS? variable=IDENT join*                     # entityRange
    | qualifiedPath AS? variable=IDENT join*                    # pathRange
    | IN '(' qualifiedPath ')' AS? variable=IDENT               # collectionMemberRange
    ;

join
    : (LEFT OUTER? | INNER)? JOIN FETCH? qualifiedPath (AS? variable=IDENT)?
    ;

// ---------------------------------------------------------------------------------------------------------------
// WHERE / GROUP BY / HAVING / ORDER BY

whereClause
    : WHERE condition
    ;

groupByClause
    : GROUP BY scalar (',' scalar)*
    ;

havingClause
    : HAVING condition
    ;

orderByClause
    : ORDER BY orderItem (',' orderItem)*
    ;

orderItem
    : scalar (ASC | DESC)?
    ;

// ---------------------------------------------------------------------------------------------------------------
// INCLUDE and LIMIT

includeClause
    : INCLUDE includeList
    ;

includeList
    : one=INTEGER_LITERAL                                       # includeOne
    | includeStep (',' includeStep)*                            # includeSteps
    ;

includeStep
    : qualifiedPath (AS? variable=IDENT)?
    ;

limitClause
    : LIMIT offset=INTEGER_LITERAL ',' (count=INTEGER_LITERAL | all='*')
    ;

// ---------------------------------------------------------------------------------------------------------------
// Conditions (boolean) and scalars are separate rules so that BETWEEN ... AND ... cannot swallow a logical AND.

condition
    : NOT condition                                             # notCondition
    | condition AND condition                                   # andCondition
    | condition OR condition                                    # orCondition
    | '(' condition ')'                                         # parenCondition
    | predicate                                                 # predicateCondition
    ;

predicate
    : scalar comparisonOperator quantifier=(ALL | ANY | SOME) '(' subquery ')'   # quantifiedComparison
    | scalar comparisonOperator scalar                                           # comparison
    | scalar NOT? BETWEEN scalar AND scalar                                      # between
    | scalar NOT? LIKE scalar (ESCAPE scalar)?                                   # like
    | scalar NOT? IN '(' subquery ')'                                            # inSubquery
    | scalar NOT? IN '(' scalar (',' scalar)* ')'                                # inList
    | scalar IS NOT? NULL                                                        # isNull
    | scalar IS NOT? EMPTY                                                       # isEmpty
    | scalar NOT? MEMBER OF? path                                                # memberOf
    | EXISTS '(' subquery ')'                                                    # exists
    ;

comparisonOperator
    : '=' | '<>' | '!=' | '<' | '<=' | '>' | '>='
    ;

scalar
    : sign=('+' | '-') scalar                                   # signedScalar
    | scalar operator=('*' | '/') scalar                        # multiplicativeScalar
    | scalar operator=('+' | '-') scalar                        # additiveScalar
    | '(' subquery ')'                                          # subqueryScalar
    | '(' scalar ')'                                            # parenScalar
    | aggregateFunction '(' DISTINCT? scalar ')'                # aggregateScalar
    | TRIM '(' (trimSpecification? trimCharacter=scalar? FROM)? scalar ')'   # trimScalar
    | function=IDENT '(' (scalar (',' scalar)*)? ')'            # functionScalar
    | current=(CURRENT_DATE | CURRENT_TIME | CURRENT_TIMESTAMP) # currentDateTimeScalar
    | literal                                                   # literalScalar
    | path                                                      # pathScalar
    ;

trimSpecification
    : LEADING | TRAILING | BOTH
    ;

literal
    : STRING_LITERAL                                            # stringLiteral
    | INTEGER_LITERAL                                           # integerLiteral
    | DECIMAL_LITERAL                                           # decimalLiteral
    | (TRUE | FALSE)                                            # booleanLiteral
    | TIMESTAMP_LITERAL                                         # timestampLiteral
    | ENUM_LITERAL                                              # enumLiteral
    | PARAMETER                                                 # parameterLiteral
    ;

// A variable followed by field names. Field names may coincide with keywords (e.g. a field called "order").
path
    : IDENT ('.' fieldName)*
    ;

// A path with at least one field: what JOIN, path declarations in FROM and INCLUDE steps need.
qualifiedPath
    : IDENT ('.' fieldName)+
    ;

fieldName
    : IDENT | keyword
    ;

keyword
    : SELECT | DISTINCT | FROM | AS | JOIN | LEFT | OUTER | INNER | FETCH | WHERE | AND | OR | NOT | LIKE | ESCAPE
    | IN | BETWEEN | IS | NULL | EMPTY | MEMBER | OF | EXISTS | ALL | ANY | SOME | GROUP | BY | HAVING | ORDER
    | ASC | DESC | INCLUDE | LIMIT | TRUE | FALSE | COUNT | MIN | MAX | AVG | SUM | TRIM | LEADING | TRAILING
    | BOTH | CURRENT_DATE | CURRENT_TIME | CURRENT_TIMESTAMP
    ;

// ---------------------------------------------------------------------------------------------------------------
// Lexer (case-insensitive keywords; identifiers keep their spelling)

SELECT: 'SELECT';
DISTINCT: 'DISTINCT';
FROM: 'FROM';
AS: 'AS';
JOIN: 'JOIN';
LEFT: 'LEFT';
OUTER: 'OUTER';
INNER: 'INNER';
FETCH: 'FETCH';
WHERE: 'WHERE';
AND: 'AND';
OR: 'OR';
NOT: 'NOT';
LIKE: 'LIKE';
ESCAPE: 'ESCAPE';
IN: 'IN';
BETWEEN: 'BETWEEN';
IS: 'IS';
NULL: 'NULL';
EMPTY: 'EMPTY';
MEMBER: 'MEMBER';
OF: 'OF';
EXISTS: 'EXISTS';
ALL: 'ALL';
ANY: 'ANY';
SOME: 'SOME';
GROUP: 'GROUP';
BY: 'BY';
HAVING: 'HAVING';
ORDER: 'ORDER';
ASC: 'ASC';
DESC: 'DESC';
INCLUDE: 'INCLUDE';
LIMIT: 'LIMIT';
TRUE: 'TRUE';
FALSE: 'FALSE';
COUNT: 'COUNT';
MIN: 'MIN';
MAX: 'MAX';
AVG: 'AVG';
SUM: 'SUM';
TRIM: 'TRIM';
LEADING: 'LEADING';
TRAILING: 'TRAILING';
BOTH: 'BOTH';
CURRENT_DATE: 'CURRENT_DATE';
CURRENT_TIME: 'CURRENT_TIME';
CURRENT_TIMESTAMP: 'CURRENT_TIMESTAMP';

// Full enum constant name, e.g. org.icatproject.ParameterValueType.NUMERIC (checked case-sensitively later).
ENUM_LITERAL: 'org.icatproject.' IDENT_CHARS '.' IDENT_CHARS;

PARAMETER: ':' IDENT_CHARS;

STRING_LITERAL: '\'' (~'\'' | '\'\'')* '\'';
UNTERMINATED_STRING: '\'' (~'\'' | '\'\'')*;

// {ts yyyy-MM-dd HH:mm:ss}; the exact inner form is checked by the AST builder.
TIMESTAMP_LITERAL: '{' ~[{}\r\n]* '}';
UNTERMINATED_TIMESTAMP: '{' ~[{}\r\n]*;

DECIMAL_LITERAL
    : DIGIT+ '.' DIGIT* EXPONENT?
    | '.' DIGIT+ EXPONENT?
    | DIGIT+ EXPONENT
    ;
INTEGER_LITERAL: DIGIT+;

IDENT: IDENT_CHARS;

COMMENT_START: '--' | '/*';

RELATED: '<->';
LBRACKET: '[';
RBRACKET: ']';

EQ: '=';
NE: '<>';
NE2: '!=';
LT: '<';
LE: '<=';
GT: '>';
GE: '>=';
PLUS: '+';
MINUS: '-';
STAR: '*';
SLASH: '/';
COMMA: ',';
DOT: '.';
LPAREN: '(';
RPAREN: ')';

WS: [ \t\r\n]+ -> skip;

// Anything else (control characters, non-ASCII outside strings, stray punctuation): reported by QueryParser.
ERROR_CHAR: .;

fragment IDENT_CHARS: [a-z_$] [a-z0-9_$]*;
fragment DIGIT: [0-9];
fragment EXPONENT: 'E' [+-]? DIGIT+;
