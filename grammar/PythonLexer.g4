/*
 * The tokens of pyvm's Python subset, without actions. NEWLINE, INDENT and DEDENT are made by
 * PythonLexerBase from the raw NEWLINE tokens below (it also tracks brackets, checks numbers and
 * reports tokenizer errors as CPython 3.11's tokenizer does).
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// Keywords (the hard keywords of Python 3.11; 'match' and 'case' are soft, hence NAMEs).
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// A complete string literal; prefixes and escapes are interpreted by the tree-to-AST step.
STRING
    : STRING_PREFIX? ( '\'\'\'' LONG_ITEM*? '\'\'\''
                     | '"""' LONG_ITEM*? '"""'
                     | '\'' ( ESCAPE | ~[\\'\r\n] )* '\''
                     | '"' ( ESCAPE | ~[\\"\r\n] )* '"'
                     )
    ;

// A string without its closing quote: PythonLexerBase reports it. A terminated string is
// longer, so it wins whenever the closing quote exists.
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'' ( ESCAPE | ~[\\'\r\n] )* '\\'?
                     | '"' ( ESCAPE | ~[\\"\r\n] )* '\\'?
                     )
    ;

// A triple-quoted string that is never closed: its body cannot contain the closing quotes,
// so it only matches to the end of input when they are missing.
UNTERMINATED_TRIPLE_STRING
    : STRING_PREFIX? ( '\'\'\'' ( ~['\\] | ESCAPE | '\'' ( ~['\\] | ESCAPE ) | '\'\'' ( ~['\\] | ESCAPE ) )*
                       ( '\'' | '\'\'' | '\\' )? EOF
                     | '"""' ( ~["\\] | ESCAPE | '"' ( ~["\\] | ESCAPE ) | '""' ( ~["\\] | ESCAPE ) )*
                       ( '"' | '""' | '\\' )? EOF
                     )
    ;

// Numbers as CPython's tokenizer reads them; PythonLexerBase checks what follows
// ("invalid decimal literal" and friends).
NUMBER
    : '0' [xX] ( '_'? [0-9a-fA-F] )+
    | '0' [oO] ( '_'? [0-7] )+
    | '0' [bB] ( '_'? [01] )+
    | DIGITS ( '.' DIGITS? )? EXPONENT? [jJ]?
    | '.' DIGITS EXPONENT? [jJ]?
    ;

NAME : ID_START ID_CONTINUE* ;

LPAR     : '(';
RPAR     : ')';
LSQB     : '[';
RSQB     : ']';
LBRACE   : '{';
RBRACE   : '}';
ELLIPSIS : '...';
DOT      : '.';
COMMA    : ',';
COLONEQUAL : ':=';
COLON    : ':';
SEMI     : ';';
RARROW   : '->';
DOUBLESTAREQUAL : '**=';
DOUBLESLASHEQUAL : '//=';
LEFTSHIFTEQUAL : '<<=';
RIGHTSHIFTEQUAL : '>>=';
PLUSEQUAL : '+=';
MINEQUAL : '-=';
STAREQUAL : '*=';
SLASHEQUAL : '/=';
PERCENTEQUAL : '%=';
AMPEREQUAL : '&=';
VBAREQUAL : '|=';
CIRCUMFLEXEQUAL : '^=';
ATEQUAL  : '@=';
EQEQUAL  : '==';
NOTEQUAL : '!=';
LESSEQUAL : '<=';
GREATEREQUAL : '>=';
LEFTSHIFT : '<<';
RIGHTSHIFT : '>>';
DOUBLESTAR : '**';
DOUBLESLASH : '//';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
PERCENT  : '%';
AMPER    : '&';
VBAR     : '|';
CIRCUMFLEX : '^';
TILDE    : '~';
AT       : '@';
LESS     : '<';
GREATER  : '>';
EQUAL    : '=';

// A physical line end; PythonLexerBase turns the meaningful ones into NEWLINE/INDENT/DEDENT.
NEWLINE : '\r'? '\n' | '\r' ;

WHITESPACE : [ \t\f]+ -> skip ;
COMMENT : '#' ~[\r\n]* -> skip ;
LINE_CONTINUATION : '\\' ( '\r'? '\n' | '\r' ) -> skip ;

// A backslash that does not end a line.
BACKSLASH : '\\' ;

// Any other character: PythonLexerBase reports non-ASCII ones, the parser rejects the rest.
ERRORTOKEN : . ;

fragment STRING_PREFIX : [rRuUfFbB] | [rR] [bBfF] | [bBfF] [rR] ;
fragment ESCAPE : '\\' . ;
fragment LONG_ITEM : ESCAPE | ~'\\' ;
fragment DIGITS : [0-9] ( '_'? [0-9] )* ;
fragment EXPONENT : [eE] [+-]? DIGITS ;
fragment ID_START : [a-zA-Z_] | [\p{L}\p{Nl}] ;
fragment ID_CONTINUE : ID_START | [0-9] | [\p{Mn}\p{Mc}\p{Nd}\p{Pc}] ;
