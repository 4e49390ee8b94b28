### smtpkb interface text: section labels, class and category names, and the
### sentence frames of comparisons. English is the reference locale.
###
### Variables that hold reply codes ($code, $a, $b) are strings such as "451".
### $class-a, $class-b, $category-a and $category-b are numbers (the first and
### second digit of a code); the other selectors take the string values listed
### in each message's variants.

# The name of this language, written in this language.
locale-name = English

## Section labels

label-description = Description
label-when = When you see it
label-fix = How to fix
label-differences = Key differences
label-when-to-use = When to use which
label-learn-more = Learn more
label-related = Related codes
label-class = Class
label-category = Category
label-phases = Appears during
label-commands = Replies to
label-any-command = any command
label-enhanced = Enhanced status codes
label-defined-in = Defined in
label-usage-note = Usage note
label-code = Code
label-name = Name
label-locale = Locale
label-language = Language
label-interface = Interface
label-code-text = Code text
# Marks a section that is shown in English because it is not translated yet.
label-fallback = not yet translated, shown in English
label-error = error
label-warning = warning
# Separates the items of a list, such as the phases a code appears in;
# the quotes keep the space after the mark.
separator-list = { "; " }
# Separates short items, such as SMTP commands or codes.
separator-items = { ", " }

## The reference site (cargo xtask export)

site-title = SMTP reply codes
site-description = Every SMTP reply code defined by the RFCs: what it means, when you see it, how to fix it, and how it differs from the codes it is confused with.
label-languages = Languages
label-comparisons = Comparisons
label-all-comparisons = All comparisons
label-compare-with = Compare with
label-home = Home
# $code is a reply code; the title of a code's page.
site-code-title = { $code } { $name }: SMTP reply code
# The description of the page that lists every comparison.
site-comparisons-description = Every pair of SMTP reply codes compared: key differences and when to use which.

## Titles

# $code is the reply code, $name its name.
show-title = { $code } { $name }
compare-title = { $a } vs { $b }: what is the difference?

## Reply classes (first digit) and categories (second digit), RFC 5321 section 4.2.1

class-2 = Positive Completion
class-3 = Positive Intermediate
class-4 = Transient Negative Completion
class-5 = Permanent Negative Completion
category-0 = Syntax
category-1 = Information
category-2 = Connections
category-3 = Unspecified
category-4 = Unspecified
category-5 = Mail system

## Where a code is defined: the SMTP extension or specification

context-core = SMTP
context-auth = SMTP AUTH
context-starttls = STARTTLS
context-size = SIZE extension
context-smtputf8 = Internationalized email (SMTPUTF8)
context-etrn = Remote queue starting (ETRN)
context-odmr = On-Demand Mail Relay (ATRN)

## Session phases in which a reply appears

phase-connection = Opening or closing the connection
phase-any-command = The reply to any command
phase-query = Information commands (HELP, VRFY, EXPN, NOOP)
phase-starttls = TLS negotiation (STARTTLS)
phase-auth = Authentication (AUTH)
phase-transaction = The mail transaction (MAIL FROM, RCPT TO)
phase-data = Message transfer (DATA)
phase-turn = Fetching queued mail (ETRN, ATRN)

## Learn more

# A link to a section of an RFC; $rfc is a number such as 5321, $section a
# section number such as "4.2.3".
learn-more-rfc = RFC { $rfc }, section { $section }

## The comparison of two codes
## $a and $b are the two codes, $name-a and $name-b their names.

compare-summary =
    { $same-class ->
        [yes]
            { $a } ({ $name-a }) and { $b } ({ $name-b }) are both { $class-a ->
                [2] success replies
                [3] intermediate replies
                [4] temporary failures
               *[5] permanent failures
            }, so a client handles them the same way. { $same-phase ->
                [yes] They differ in their cause, not in where they appear.
               *[no] They differ in their cause and in where they appear in the session.
            }
       *[no]
            { $a } ({ $name-a }) is { $class-a ->
                [2] a success reply
                [3] an intermediate reply that asks the client to go on
                [4] a temporary failure
               *[5] a permanent failure
            }, while { $b } ({ $name-b }) is { $class-b ->
                [2] a success reply
                [3] an intermediate reply that asks the client to go on
                [4] a temporary failure
               *[5] a permanent failure
            }, so a client that confuses them handles the message wrongly.
    }

# The first digit and what it means for the client, including retries.
# $class-name-a and $class-name-b are the names of the classes.
compare-diff-class =
    { $same-class ->
        [yes]
            Both codes are in class { $class-a }yz ({ $class-name-a }): { $class-a ->
                [2] the server has done what was asked, and nothing is retried.
                [3] the server waits for the client’s next line, and nothing is retried.
                [4] the client keeps the message and tries again later.
               *[5] the client must not repeat the same request unchanged.
            }
       *[no]
            { $a } is in class { $class-a }yz ({ $class-name-a }), so { $class-a ->
                [2] the request succeeded
                [3] the client must send more input
                [4] the client keeps the message and retries later
               *[5] the client gives up and reports the failure
            }; { $b } is in class { $class-b }yz ({ $class-name-b }), so { $class-b ->
                [2] the request succeeded.
                [3] the client must send more input.
                [4] the client keeps the message and retries later.
               *[5] the client gives up and reports the failure.
            }
    }

# The second digit: $category-a and $category-b are 0 to 5, and each value
# has its own variant (3 and 4 read the same). $category-name-a and
# $category-name-b are category names.
compare-diff-category =
    { $same-category ->
        [yes]
            Both have the same second digit, { $category-a } ({ $category-name-a }): { $category-a ->
                [0] each reports a problem with the syntax of a command.
                [1] each answers a request for information.
                [2] each concerns the transmission channel.
                [3] RFC 5321 leaves the kind of problem unspecified for both.
               *[4] RFC 5321 leaves the kind of problem unspecified for both.
                [5] each concerns the mail system, such as a mailbox or the message.
            }
       *[no]
            The second digit differs: { $a } has { $category-a } ({ $category-name-a }), which { $category-a ->
                [0] reports a problem with the syntax of a command
                [1] answers a request for information
                [2] concerns the transmission channel
                [3] leaves the kind of problem unspecified
               *[4] leaves the kind of problem unspecified
                [5] concerns the mail system, such as a mailbox or the message
            }, and { $b } has { $category-b } ({ $category-name-b }), which { $category-b ->
                [0] reports a problem with the syntax of a command.
                [1] answers a request for information.
                [2] concerns the transmission channel.
                [3] leaves the kind of problem unspecified.
               *[4] leaves the kind of problem unspecified.
                [5] concerns the mail system, such as a mailbox or the message.
            }
    }

# Where in the session each code appears. $phase-a and $phase-b take the
# values connection, any-command, query, starttls, auth, transaction, data, turn.
compare-diff-phase =
    { $same-phase ->
        [yes]
            Both appear in the same part of the session: { $phase-a ->
                [connection] when the connection opens or closes.
                [any-command] in reply to any command.
                [query] in reply to information commands such as HELP or VRFY.
                [starttls] during the STARTTLS negotiation.
                [auth] during the AUTH exchange.
                [transaction] during the mail transaction, in reply to MAIL FROM or RCPT TO.
                [data] during message transfer, in reply to DATA or to the end of the message.
               *[turn] when the client asks with ETRN or ATRN for its queued mail.
            }
       *[no]
            { $a } appears { $phase-a ->
                [connection] when the connection opens or closes
                [any-command] in reply to any command
                [query] in reply to information commands such as HELP or VRFY
                [starttls] during the STARTTLS negotiation
                [auth] during the AUTH exchange
                [transaction] during the mail transaction, in reply to MAIL FROM or RCPT TO
                [data] during message transfer, in reply to DATA or to the end of the message
               *[turn] when the client asks with ETRN or ATRN for its queued mail
            }, whereas { $b } appears { $phase-b ->
                [connection] when the connection opens or closes.
                [any-command] in reply to any command.
                [query] in reply to information commands such as HELP or VRFY.
                [starttls] during the STARTTLS negotiation.
                [auth] during the AUTH exchange.
                [transaction] during the mail transaction, in reply to MAIL FROM or RCPT TO.
                [data] during message transfer, in reply to DATA or to the end of the message.
               *[turn] when the client asks with ETRN or ATRN for its queued mail.
            }
    }

# Who has to act. $actor-a and $actor-b take the values none, client,
# client-operator, sender, server-operator.
compare-diff-actor =
    { $same-actor ->
        [yes]
            For both, { $actor-a ->
                [none] nobody has to act: the reply reports success.
                [client] the client software acts on its own, without a person.
                [client-operator] whoever configures or writes the client has to change it.
                [sender] the sender has to change the message or its addresses.
               *[server-operator] the operator of the replying server has to fix the problem.
            }
       *[no]
            After { $a }, { $actor-a ->
                [none] nobody has to act
                [client] the client software acts on its own
                [client-operator] whoever configures or writes the client has to change it
                [sender] the sender has to change the message or its addresses
               *[server-operator] the operator of the replying server has to fix the problem
            }; after { $b }, { $actor-b ->
                [none] nobody has to act.
                [client] the client software acts on its own.
                [client-operator] whoever configures or writes the client has to change it.
                [sender] the sender has to change the message or its addresses.
               *[server-operator] the operator of the replying server has to fix the problem.
            }
    }

# Which specification defines each code; shown only when they differ.
# $rfc-a and $rfc-b are RFC numbers, $context-a and $context-b context names.
# $extension says which of the two belongs to an SMTP extension: a, b, both
# or none.
compare-diff-source =
    { $a } is defined in RFC { $rfc-a } ({ $context-a }) and { $b } in RFC { $rfc-b } ({ $context-b }). { $extension ->
        [a] Only a server that offers { $context-a } sends { $a } in this meaning.
        [b] Only a server that offers { $context-b } sends { $b } in this meaning.
        [both] Each is sent only by a server that offers the extension that defines it.
       *[none] Both belong to SMTP itself, so any server may send them.
    }

# Advice for choosing between the two codes.
compare-when-to-use =
    { $same-class ->
        [yes]
            Both tell the client the same thing about { $class-a ->
                [2] success
                [3] continuing
                [4] retrying
               *[5] giving up
            }, so choose by cause: a server replies { $a } for “{ $name-a }” and { $b } for “{ $name-b }”, and a reader should follow the “{ label-fix }” steps of the code actually received.
       *[no]
            A server replies { $a } when { $class-a ->
                [2] it has carried out the request
                [3] it needs more input from the client to finish
                [4] the failure is temporary and the same request may succeed later
               *[5] the failure is permanent and repeating the request will not help
            }, and { $b } when { $class-b ->
                [2] it has carried out the request.
                [3] it needs more input from the client to finish.
                [4] the failure is temporary and the same request may succeed later.
               *[5] the failure is permanent and repeating the request will not help.
            }
    }

## Lists and counts

# $count is a number.
list-count =
    { $count ->
        [one] { $count } reply code
       *[other] { $count } reply codes
    }
# $percent is a whole number from 0 to 100.
coverage-percent = { $percent }%

## Messages to the reader

# $code is what the reader typed, $nearest a list of known codes.
error-unknown-code = unknown reply code { $code }; the nearest known codes are { $nearest }
error-not-a-code = “{ $input }” is not a reply code: a reply code has three digits, such as 250 or 451
compare-same-code = { $code } and { $code } are the same code; run “smtpkb show { $code }” to read about it.
# $requested is the language the reader asked for, $used the one shown.
warning-unknown-locale = no translation for “{ $requested }”, showing { $used }
# $problem describes, in English, a translation that failed to format.
warning-shown-in-english = { $problem }; showing English instead
