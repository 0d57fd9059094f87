/*
 * The syntax of pyvm's Python subset, without actions. Rule names follow CPython 3.11's
 * Grammar/python.gram. Some rules are wider than Python's (assignment targets, parameter and
 * argument order, a few out-of-subset forms): the tree-to-AST step checks them and reports
 * CPython's messages, which a grammar cannot give.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

// ---- start rules

file_input : statements? EOF ;

eval_input : expressions NEWLINE* EOF ;

// An f-string replacement field's expression, with its optional '=' (self-documenting form).
fstring_replacement : (yield_expr | star_expressions) EQUAL? EOF ;

// ---- statements

statements : statement+ ;

statement : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
    : assignment
    | return_stmt
    | import_stmt
    | raise_stmt
    | pass_stmt
    | del_stmt
    | assert_stmt
    | break_stmt
    | continue_stmt
    | global_stmt
    | nonlocal_stmt
    ;

// An expression statement (a yield expression included), an assignment (targets are checked
// later), an annotated or an augmented assignment.
assignment
    : (yield_expr | star_expressions)
      ( COLON expression (EQUAL annotated_rhs)?
      | augassign annotated_rhs
      | (EQUAL annotated_rhs)+
      )?
    ;

annotated_rhs : yield_expr | star_expressions ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
    | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL
    | DOUBLESLASHEQUAL
    ;

return_stmt : RETURN star_expressions? ;

raise_stmt : RAISE (expression (FROM expression)?)? ;

pass_stmt : PASS ;

break_stmt : BREAK ;

continue_stmt : CONTINUE ;

global_stmt : GLOBAL NAME (COMMA NAME)* ;

nonlocal_stmt : NONLOCAL NAME (COMMA NAME)* ;

del_stmt : DEL star_expression (COMMA star_expression)* COMMA? ;

assert_stmt : ASSERT expression (COMMA expression)? ;

import_stmt : import_name | import_from ;

import_name : IMPORT dotted_as_names ;

import_from
    : FROM (DOT | ELLIPSIS)* dotted_name IMPORT import_from_targets
    | FROM (DOT | ELLIPSIS)+ IMPORT import_from_targets
    ;

import_from_targets
    : LPAR import_from_as_names COMMA? RPAR
    | import_from_as_names
    | STAR
    ;

import_from_as_names : import_from_as_name (COMMA import_from_as_name)* ;

import_from_as_name : NAME (AS NAME)? ;

dotted_as_names : dotted_as_name (COMMA dotted_as_name)* ;

dotted_as_name : dotted_name (AS NAME)? ;

dotted_name : NAME (DOT NAME)* ;

compound_stmt
    : function_def
    | if_stmt
    | class_def
    | with_stmt
    | for_stmt
    | try_stmt
    | while_stmt
    | async_stmt
    ;

block : NEWLINE INDENT statements DEDENT | simple_stmts ;

decorators : (AT named_expression NEWLINE)+ ;

class_def : decorators? CLASS NAME (LPAR arguments? RPAR)? COLON block ;

function_def : decorators? ASYNC? DEF NAME LPAR params? RPAR (RARROW expression)? COLON block ;

// Parameters in any order; their order is checked later.
params : param (COMMA param)* COMMA? ;

param
    : NAME annotation? (EQUAL expression)?
    | STAR (NAME star_annotation?)?
    | DOUBLESTAR NAME annotation?
    | SLASH
    ;

annotation : COLON expression ;

star_annotation : COLON star_expression ;

if_stmt : IF named_expression COLON block elif_stmt* else_block? ;

elif_stmt : ELIF named_expression COLON block ;

else_block : ELSE COLON block ;

while_stmt : WHILE named_expression COLON block else_block? ;

for_stmt : FOR star_targets IN star_expressions COLON block else_block? ;

with_stmt
    : WITH LPAR with_item (COMMA with_item)* COMMA? RPAR COLON block
    | WITH with_item (COMMA with_item)* COLON block
    ;

with_item : expression (AS star_target)? ;

try_stmt : TRY COLON block (finally_block | except_block+ else_block? finally_block?) ;

except_block : EXCEPT STAR? (expression (AS NAME)?)? COLON block ;

finally_block : FINALLY COLON block ;

// 'async' statements parse so that they can be reported as unsupported.
async_stmt : ASYNC (with_stmt | for_stmt) ;

// ---- expressions

expressions : expression (COMMA expression)* COMMA? ;

expression
    : disjunction (IF disjunction ELSE expression)?
    | lambdef
    ;

yield_expr : YIELD (FROM expression | star_expressions)? ;

star_expressions : star_expression (COMMA star_expression)* COMMA? ;

star_expression : STAR bitwise_or | expression ;

star_named_expressions : star_named_expression (COMMA star_named_expression)* COMMA? ;

star_named_expression : STAR bitwise_or | named_expression ;

named_expression : NAME COLONEQUAL expression | expression ;

disjunction : conjunction (OR conjunction)* ;

conjunction : inversion (AND inversion)* ;

inversion : NOT inversion | comparison ;

comparison : bitwise_or (comp_op bitwise_or)* ;

comp_op
    : EQEQUAL | NOTEQUAL | LESSEQUAL | LESS | GREATEREQUAL | GREATER
    | NOT IN | IN | IS NOT | IS
    ;

bitwise_or : bitwise_xor (VBAR bitwise_xor)* ;

bitwise_xor : bitwise_and (CIRCUMFLEX bitwise_and)* ;

bitwise_and : shift_expr (AMPER shift_expr)* ;

shift_expr : sum ((LEFTSHIFT | RIGHTSHIFT) sum)* ;

sum : term ((PLUS | MINUS) term)* ;

term : factor ((STAR | SLASH | DOUBLESLASH | PERCENT | AT) factor)* ;

factor : (PLUS | MINUS | TILDE) factor | power ;

power : await_primary (DOUBLESTAR factor)? ;

await_primary : AWAIT? primary ;

primary : atom trailer* ;

trailer
    : DOT NAME
    | LPAR arguments? RPAR
    | LSQB slices RSQB
    ;

slices : slice (COMMA slice)* COMMA? ;

slice
    : expression? COLON expression? (COLON expression?)?
    | STAR bitwise_or
    | named_expression
    ;

atom
    : NAME
    | TRUE
    | FALSE
    | NONE
    | strings
    | NUMBER
    | LPAR (yield_expr | group_or_tuple)? RPAR
    | LSQB list_items? RSQB
    | LBRACE dict_or_set? RBRACE
    | ELLIPSIS
    ;

strings : STRING+ ;

// What a parenthesis holds: a group, a tuple or a generator expression.
group_or_tuple : star_named_expression (for_if_clauses | (COMMA star_named_expression)* COMMA?) ;

list_items : star_named_expression (for_if_clauses | (COMMA star_named_expression)* COMMA?) ;

dict_or_set
    : double_starred_kvpair (for_if_clauses | (COMMA double_starred_kvpair)* COMMA?)
    | star_named_expression (for_if_clauses | (COMMA star_named_expression)* COMMA?)
    ;

double_starred_kvpair : DOUBLESTAR bitwise_or | expression COLON expression ;

for_if_clauses : for_if_clause+ ;

for_if_clause : ASYNC? FOR star_targets IN disjunction (IF disjunction)* ;

lambdef : LAMBDA lambda_params? COLON expression ;

lambda_params : lambda_param (COMMA lambda_param)* COMMA? ;

lambda_param
    : NAME (EQUAL expression)?
    | STAR NAME?
    | DOUBLESTAR NAME
    | SLASH
    ;

// Call arguments in any order; their order is checked later.
arguments : argument (COMMA argument)* COMMA? ;

argument
    : NAME EQUAL expression
    | DOUBLESTAR expression
    | STAR expression
    | named_expression for_if_clauses?
    ;

// Assignment targets of for loops and comprehensions; which ones are valid is checked later.
star_targets : star_target (COMMA star_target)* COMMA? ;

star_target : STAR? bitwise_or ;
