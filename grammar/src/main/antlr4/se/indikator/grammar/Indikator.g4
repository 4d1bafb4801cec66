/*
 * The indikator language: scripts of statements that declare data, breakdowns (reporting groups),
 * standardisation rules and indicators, and statements that compute and present them.
 *
 * Keywords are English and case-sensitive; names may contain letters of any alphabet (å, ä, ö).
 * '#' starts a comment; a line starting with "#'" is notebook prose and is kept on its own channel, and
 * a line starting with "#|" is a report option (e.g. "#| echo: false") kept on a channel of its own.
 */
grammar Indikator;

// ---------------------------------------------------------------- program

program : (statement | SEMI)* EOF ;

statement
    : setStmt
    | dataStmt
    | scanStmt
    | connectionStmt
    | tableStmt
    | listStmt
    | breakdownStmt
    | standardisationStmt
    | indicatorStmt
    | showStmt
    | exportStmt
    | compareStmt
    | useStmt
    | catalogueStmt
    | javaStmt
    | plotStmt
    | profileStmt
    | relateStmt
    | rankStmt
    | inequalityStmt
    | trendStmt
    | funnelStmt
    | qualityStmt
    | importStmt
    | unitStmt
    ;

setStmt
    : SET LANGUAGE name=ident                                  # setLanguage
    | SET CONFIDENCE levels                                    # setConfidence
    | SET SUPPRESS BELOW NUMBER                                # setSuppressBelow
    | SET SUPPRESS NONE                                        # setSuppressNone
    | SET ADJUST (NONE | ident)                                # setAdjust
    | SET CACHE (ON | ident)                                   # setCache
    | SET CSV FORMULAS ident                                   # setCsvFormulas
    | SET CSV FORMAT ident                                     # setCsvFormat
    | SET COLUMNS ident                                        # setColumns
    | SET CHART setting=ident (NUMBER | ident)+                # setChart
    | SET ENGINE MEMORY size=STRING                            # setEngineMemory
    ;

levels : level (COMMA level)* ;
level  : NUMBER PERCENT ;

dataStmt : DATA name=ident ASSIGN READ path=STRING readOption* ;

// Parquet files an engine reads where they lie (DuckDB in process, or a connection's engine): only the cells of
// each pass come back.
scanStmt : DATA name=ident ASSIGN SCAN path=STRING (ON connection=ident)? ;

// A database reached through JDBC (the password only ever from an environment variable), a DuckDB file, or
// Spark (its module on the class path).
connectionStmt
    : CONNECTION name=ident ASSIGN kind=JDBC url=STRING (USER user=STRING)? (PASSWORD ENV password=STRING)?
    | CONNECTION name=ident ASSIGN kind=(DUCKDB | SPARK) url=STRING
    ;

// A table (or view) of a connection's database, left where it lies.
tableStmt : DATA name=ident ASSIGN TABLE table=STRING FROM connection=ident ;

readOption
    : SEPARATOR STRING                                         # optSeparator
    | DECIMAL STRING                                           # optDecimal
    | ENCODING STRING                                          # optEncoding
    | MISSING STRING (COMMA STRING)*                           # optMissing
    | THOUSANDS STRING                                         # optThousands
    | SHEET (STRING | NUMBER)                                  # optSheet
    | RANGE STRING                                             # optRange
    | HEADER NUMBER                                            # optHeader
    | RENAME renaming (COMMA renaming)*                        # optRename
    ;

// A column renamed as it is read: its header (in quotes, as written in the file) and the name to use.
renaming : (from=STRING | fromName=ident) AS to=ident ;

// Where a statement's printed tables are also written: .csv, .xlsx, .json or .parquet.
toFile : TO path=STRING ;

listStmt : LIST name=ident ASSIGN literal (COMMA literal)* ;

breakdownStmt : BREAKDOWN name=ident ASSIGN breakdownExpr ;

breakdownExpr
    : BAND LPAREN column=ident COMMA from=signedNumber TO to=signedNumber STEP step=NUMBER RPAREN    # bandExpr
    | CASE subject=expr? whenClause+ (ELSE elseValue=caseResult)?                                     # caseExpr
    | column=ident ROLLING width=NUMBER                                                                # rollingExpr
    | column=ident                                                                                    # columnBreakdown
    ;

whenClause : WHEN condition=caseCondition THEN result=caseResult ;

caseCondition
    : MISSING                                                  # whenMissing
    | expr (COMMA expr)*                                       # whenExpr
    ;

caseResult
    : STRING                                                   # resultLabel
    | MISSING                                                  # resultMissing
    ;

standardisationStmt : STANDARDISATION name=ident ASSIGN standardisationSpec ;

standardisationSpec
    : DIRECT BY strata WEIGHTS standardRef                                      # directSpec
    | INDIRECT BY strata REFERENCE referenceRef                                 # indirectSpec
    ;

cohortName : COHORT | ident ;

strata : ident ((CROSS | STAR) ident)* ;

standardRef
    : POPULATION OF cohortName (WHERE condition=expr)?         # internalStandard
    | name=ident                                               # namedStandard
    ;

referenceRef
    : NATIONAL                                                 # nationalReference
    | table=ident (EVENTS events=ident POPULATION population=ident)?   # tableReference
    ;

indicatorStmt : INDICATOR name=ident title=STRING? LBRACE (clause | SEMI)* RBRACE ;

clause
    : COHORT source=ident (WHERE condition=expr)?                                   # cohortClause
    | NUMERATOR aggregate FROM source=ident (WHERE condition=expr)?                  # numeratorAggregate
    | NUMERATOR condition=expr                                                       # numeratorCondition
    | DENOMINATOR aggregate FROM source=ident (WHERE condition=expr)?                # denominatorAggregate
    | DENOMINATOR condition=expr                                                     # denominatorCondition
    | MEASURE measure                                                                # measureClause
    | STANDARDISE standardiseTarget                                                  # standardiseClause
    | CI ciMethod levels?                                                            # ciClause
    | FREQUENCIES ident (COMMA ident)*                                               # frequenciesClause
    | WEIGHT column=ident                                                            # weightClause
    | RATIO OF left=derivedArm TO right=derivedArm                                   # ratioOfClause
    | DIFFERENCE OF left=derivedArm FROM right=derivedArm                            # differenceOfClause
    | SURVIVAL survivalItem (COMMA survivalItem)*                                    # survivalClause
    | POLARITY polarityValue                                                         # polarityClause
    | TARGET comparator=compOp? signedNumber PERCENT?                                # targetClause
    | SUPPRESS WHEN suppressCondition (OR suppressCondition)*                        # suppressWhen
    | SUPPRESS BELOW NUMBER                                                          # suppressBelow
    | SUPPRESS NONE                                                                  # suppressNone
    | key=metaKey value=STRING                                                       # metaClause
    ;

// One input of a derived indicator: another indicator, for the rows a condition selects.
derivedArm : indicator=ident (WHERE condition=expr)? ;

aggregate
    : COUNT LPAREN STAR RPAREN                                 # countAll
    | SUM LPAREN column=ident RPAREN                           # sumColumn
    ;

measure
    : PROPORTION                                               # proportionMeasure
    | PERCENT_KW                                               # percentMeasure
    | RATE PER NUMBER                                          # rateMeasure
    | RATIO (PER NUMBER)?                                      # ratioMeasure
    | MEAN OF column=ident                                     # meanMeasure
    | MEDIAN OF column=ident                                   # medianMeasure
    | PERCENTILE NUMBER OF column=ident                        # percentileMeasure
    | COUNT                                                    # countMeasure
    | RELATIVE SURVIVAL AT NUMBER YEARS                        # survivalMeasure
    | LIFE EXPECTANCY AT NUMBER BY ages=ident                  # lifeExpectancyMeasure
    ;

standardiseTarget
    : standardisationSpec                                      # inlineStandardisation
    | name=ident                                               # namedStandardisation
    ;

polarityValue : HIGHER | LOWER | NONE ;

survivalItem : key=ident value=expr ;

ciMethod : ident (MINUS ident)* ;

suppressCondition : which=(NUMERATOR | DENOMINATOR) compOp NUMBER ;

metaKey : TITLE | DESCRIPTION | SOURCE | AREA | UNIT | VERSION | STATUS | DIMENSION ;

showStmt   : SHOW targets=indicatorList byClause? (WHERE condition=expr)? toFile? columnsClause? ;
exportStmt : EXPORT target=ident byClause? (WHERE condition=expr)? TO path=STRING ;
compareStmt : COMPARE target=ident ACROSS across=ident (WITHIN within=ident)? (REFERENCE reference=STRING)? toFile? columnsClause? ;
useStmt    : USE qualifiedName (FROM path=STRING)? ;
catalogueStmt : CATALOGUE (TO path=STRING)? columnsClause? ;
javaStmt : JAVA_CELL ;

plotStmt
    : PLOT PROFILE profileSpec                                                       # plotProfile
    | PLOT HEAT breakdown=ident ON indicatorList (WHERE condition=expr)?              # plotHeat
    | PLOT target=ident byClause? (WHERE condition=expr)? (AS kind=chartKind)? SORTED?   # plotIndicator
    ;
profileStmt : PROFILE profileSpec toFile? columnsClause? ;
// The kind of chart after 'as': a name, or the keywords trend and funnel.
chartKind : ident | TREND | FUNNEL ;
funnelStmt
    : FUNNEL kind=(PROPORTION | RATIO | RATE) OF num=ident (SLASH den=ident)? FROM data=ident analysisOption*   # funnelValues
    | FUNNEL target=ident BY by=ident analysisOption*                                                           # funnelIndicator
    ;
trendStmt : TREND target=ident OVER time=ident (ROLLING width=NUMBER)? (BY by=ident)? toFile? columnsClause? ;
inequalityStmt
    : INEQUALITY OF value=ident FROM data=ident ACROSS across=ident analysisOption*     # inequalityValues
    | INEQUALITY target=ident ACROSS across=ident analysisOption*                       # inequalityIndicator
    ;

// Options of the equity analyses (inequality, funnel); which apply where is checked after parsing.
analysisOption
    : BY ident (COMMA ident)*                                  # optionBy
    | POPULATION ident                                         # optionPopulation
    | SE ident                                                 # optionSe
    | LIMITS TO path=STRING                                    # optionLimitsTo
    | LIMITS lower=ident COMMA upper=ident (AT level)?         # optionLimits
    | COUNT ident                                              # optionCount
    | TYPE ident                                               # optionType
    | TRANSFORM                                                # optionTransform
    | MULTIPLIER signedNumber                                  # optionMultiplier
    | CONFIDENCE levels                                        # optionConfidence
    | REPETITIONS NUMBER                                       # optionRepetitions
    | SEED NUMBER                                              # optionSeed
    | PER NUMBER                                               # optionPer
    | AS ident                                                 # optionAs
    | RATE ident                                               # optionRate
    | DSR ident                                                # optionDsr
    | YEARS NUMBER                                             # optionYears
    | DISPERSION ident                                         # optionDispersion
    | TO path=STRING                                           # optionTo
    | WHERE condition=expr                                     # optionWhere
    ;
rankStmt : RANK target=ident BY by=ident toFile? columnsClause? ;
relateStmt : RELATE target=ident BY key=ident TO data=ident ON indicatorList toFile? columnsClause? ;
profileSpec : breakdown=ident value=STRING ON indicatorList (BY by=ident)? (WHERE condition=expr)? ;
indicatorList : ident (COMMA ident)* ;
qualityStmt : QUALITY data=ident byClause? toFile? columnsClause? ;
// The columns a statement prints (a word: compact, counts, all; or column names); files get every column.
columnsClause : COLUMNS columnName (COMMA columnName)* ;
// A column's name: a name, or one of the keywords that name columns of result tables.
columnName : ident | RANK | TREND | FUNNEL | MISSING ;
importStmt : IMPORT path=STRING ;
// Units of comparison (region, hospital, care unit): left out of the national reference (see docs/language.md).
unitStmt : UNIT ident (COMMA ident)* ;

byClause : BY ident (COMMA ident)* ;

qualifiedName : ident (DOT ident)* ;

// ---------------------------------------------------------------- expressions

expr : orExpr ;

orExpr  : andExpr (OR andExpr)* ;
andExpr : notExpr (AND notExpr)* ;

notExpr
    : NOT notExpr                                              # notOp
    | predicate                                                # predicateExpr
    ;

predicate
    : left=additive compOp right=additive                              # comparison
    | subject=additive NOT? BETWEEN low=additive AND high=additive     # between
    | subject=additive NOT? IN inTarget                                # inList
    | subject=additive IS NOT? MISSING                                 # isMissing
    | additive                                                         # plainValue
    ;

inTarget
    : LPAREN literal (COMMA literal)* RPAREN                   # inLiterals
    | name=ident                                               # inNamedList
    ;

additive       : multiplicative (op=(PLUS | MINUS) multiplicative)* ;
multiplicative : unary (op=(STAR | SLASH) unary)* ;

unary
    : MINUS unary                                              # negate
    | primary                                                  # primaryExpr
    ;

primary
    : literal                                                  # literalExpr
    | name=ident LPAREN (expr (COMMA expr)*)? RPAREN           # callExpr
    | name=ident                                               # columnRef
    | LPAREN expr RPAREN                                       # parenExpr
    ;

literal
    : NUMBER PERCENT?                                          # numberLiteral
    | STRING                                                   # stringLiteral
    | (TRUE | FALSE)                                           # booleanLiteral
    ;

signedNumber : MINUS? NUMBER ;

compOp : EQ | NEQ | LT | LE | GT | GE ;

// Soft keywords: words that are keywords only where the grammar expects them and names elsewhere.
ident
    : IDENT
    | LANGUAGE | CONFIDENCE | SEPARATOR | DECIMAL | ENCODING | AREA | UNIT | VERSION | STATUS
    | DIMENSION | TITLE | DESCRIPTION | SOURCE | EVENTS | POPULATION | NATIONAL | HIGHER | LOWER
    | PROPORTION | PERCENT_KW | RATE | RATIO | MEAN | MEDIAN | COUNT | SUM | STEP | TO | OF | LIST
    | WEIGHTS | DIRECT | INDIRECT | REFERENCE | ACROSS | WITHIN | ADJUST | CACHE | CSV | CHART | FORMULAS
    | NUMERATOR | DENOMINATOR | COHORT | MEASURE | TARGET | POLARITY | CI | BAND | FREQUENCIES | HEAT | SORTED
    | RELATIVE | SURVIVAL | AT | YEARS | WEIGHT | PERCENTILE | LIFE | EXPECTANCY
    | SE | LIMITS | TYPE | TRANSFORM | MULTIPLIER | REPETITIONS | SEED | DSR | DISPERSION
    | THOUSANDS | SHEET | RANGE | HEADER | RENAME | FORMAT | COLUMNS | ROLLING | DIFFERENCE | SCAN
    | CONNECTION | JDBC | USER | PASSWORD | ENV | TABLE | DUCKDB | ENGINE | MEMORY | SPARK
    | QUOTED_IDENT
    ;

// ---------------------------------------------------------------- lexer

// A Java cell: 'java' and a brace-balanced block, kept whole for JShell (braces inside Java strings
// must balance too).
JAVA_CELL : 'java' [ \t\r\n]* JAVA_BODY ;
fragment JAVA_BODY : '{' ( JAVA_BODY | ~[{}] )* '}' ;

SET : 'set' ;
COLUMNS : 'columns' ;
THOUSANDS : 'thousands' ;
SHEET : 'sheet' ;
RANGE : 'range' ;
HEADER : 'header' ;
RENAME : 'rename' ;
FORMAT : 'format' ;
FUNNEL : 'funnel' ;
TREND : 'trend' ;
OVER : 'over' ;
ROLLING : 'rolling' ;
DIFFERENCE : 'difference' ;
INEQUALITY : 'inequality' ;
RELATIVE : 'relative' ;
LIFE : 'life' ;
EXPECTANCY : 'expectancy' ;
SURVIVAL : 'survival' ;
AT : 'at' ;
YEARS : 'years' | 'year' ;
RANK : 'rank' ;
SE : 'se' ;
LIMITS : 'limits' ;
TYPE : 'type' ;
TRANSFORM : 'transform' ;
MULTIPLIER : 'multiplier' ;
REPETITIONS : 'repetitions' ;
SEED : 'seed' ;
DSR : 'dsr' ;
DISPERSION : 'dispersion' ;
RELATE : 'relate' ;
PLOT : 'plot' ;
PROFILE : 'profile' ;
HEAT : 'heat' ;
ON : 'on' ;
AS : 'as' ;
SORTED : 'sorted' ;
LANGUAGE : 'language' ;
CONFIDENCE : 'confidence' ;
SUPPRESS : 'suppress' ;
QUALITY : 'quality' ;
CATALOGUE : 'catalogue' | 'catalog' ;
FREQUENCIES : 'frequencies' ;
ADJUST : 'adjust' ;
CACHE : 'cache' ;
CSV : 'csv' ;
CHART : 'chart' ;
FORMULAS : 'formulas' ;
BELOW : 'below' ;
NONE : 'none' ;
DATA : 'data' ;
READ : 'read' ;
SCAN : 'scan' ;
CONNECTION : 'connection' ;
JDBC : 'jdbc' ;
DUCKDB : 'duckdb' ;
SPARK : 'spark' ;
ENGINE : 'engine' ;
MEMORY : 'memory' ;
USER : 'user' ;
PASSWORD : 'password' ;
ENV : 'env' ;
TABLE : 'table' ;
SEPARATOR : 'separator' ;
DECIMAL : 'decimal' ;
ENCODING : 'encoding' ;
MISSING : 'missing' ;
LIST : 'list' ;
BREAKDOWN : 'breakdown' ;
BAND : 'band' ;
TO : 'to' ;
STEP : 'step' ;
CASE : 'case' ;
WHEN : 'when' ;
THEN : 'then' ;
ELSE : 'else' ;
STANDARDISATION : 'standardisation' | 'standardization' ;
STANDARDISE : 'standardise' | 'standardize' ;
DIRECT : 'direct' ;
INDIRECT : 'indirect' ;
BY : 'by' ;
WEIGHTS : 'weights' ;
REFERENCE : 'reference' ;
NATIONAL : 'national' ;
EVENTS : 'events' ;
POPULATION : 'population' ;
OF : 'of' ;
INDICATOR : 'indicator' ;
COHORT : 'cohort' ;
NUMERATOR : 'numerator' ;
DENOMINATOR : 'denominator' ;
FROM : 'from' ;
WHERE : 'where' ;
MEASURE : 'measure' ;
CI : 'ci' ;
POLARITY : 'polarity' ;
HIGHER : 'higher' ;
LOWER : 'lower' ;
TARGET : 'target' ;
TITLE : 'title' ;
DESCRIPTION : 'description' ;
SOURCE : 'source' ;
AREA : 'area' ;
UNIT : 'unit' | 'units' ;
VERSION : 'version' ;
STATUS : 'status' ;
DIMENSION : 'dimension' ;
COUNT : 'count' ;
SUM : 'sum' ;
PROPORTION : 'proportion' ;
PERCENT_KW : 'percent' ;
RATE : 'rate' ;
RATIO : 'ratio' ;
PER : 'per' ;
MEAN : 'mean' ;
MEDIAN : 'median' ;
PERCENTILE : 'percentile' ;
WEIGHT : 'weight' ;
SHOW : 'show' ;
EXPORT : 'export' ;
COMPARE : 'compare' ;
ACROSS : 'across' ;
WITHIN : 'within' ;
USE : 'use' ;
IMPORT : 'import' ;
AND : 'and' ;
OR : 'or' ;
NOT : 'not' ;
BETWEEN : 'between' ;
IN : 'in' ;
IS : 'is' ;
TRUE : 'true' ;
FALSE : 'false' ;
CROSS : '×' ;
ASSIGN : '=' ;
EQ : '==' ;
NEQ : '!=' | '<>' ;
LE : '<=' ;
GE : '>=' ;
LT : '<' ;
GT : '>' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;
COMMA : ',' ;
DOT : '.' ;
SEMI : ';' ;

NUMBER : DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)? ;
STRING : '"' (~["\\\r\n] | '\\' .)* '"' ;
IDENT  : LETTER (LETTER | DIGIT | '_')* ;
// Any name in backquotes, for columns whose header is not an identifier: `Antal besök`.
QUOTED_IDENT : '`' ~[`\r\n]+ '`' ;

PROSE   : '#\'' ~[\r\n]* -> channel(2) ;
OPTION  : '#|' ~[\r\n]* -> channel(3) ;
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS      : [ \t\r\n\u00A0]+ -> channel(HIDDEN) ;

// An opening quote with no closing quote on the same line: reported as an unterminated string.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' .)* ;
ERROR_CHAR : . ;

fragment DIGIT  : [0-9] ;
fragment LETTER : [\p{L}_] ;
