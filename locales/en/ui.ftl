### smtpkb interface text: section labels, class and category names, and the
### sentence frames of comparisons. English is the reference locale.
###
### Variables that hold reply codes ($code, $a, $b) are strings such as "451".
### $class-a, $class-b, $category-a and $category-b are numbers (the first and
### second digit of a code); the other selectors take the string values listed
### in each message's variants. A variable never holds part of a token: a
### class is given whole as “4yz” ($class-yz-a), an RFC as “RFC 4954” ($rfc),
### so that a right-to-left page isolates the whole token.

# The name of this language, written in this language.
locale-name = English

## Section labels

# The quotation marks around a server’s text quoted in plain text.
label-quote-open = “
label-quote-close = ”
# The note on a text whose translation is older than the English it
# translates.
label-stale = The English text has changed since this was translated
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
# $commands is a list of SMTP commands, such as “EHLO, AUTH and QUIT”.
label-any-command-except = any command except { $commands }
# Shown among the commands a code replies to, for the server’s greeting.
label-connect = the opening of the connection
label-enhanced = Enhanced status codes
label-defined-in = Defined in
label-usage-note = Usage note
# The parts of “How to fix”, one for each reader who can act.
label-fix-sender = For the sender
label-fix-admin = For the mail administrator
label-fix-developer = For the client developer
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

# 1yz: no SMTP command allows this class (RFC 5321, section 4.2.1); shown
# for a reply that uses it anyway.
class-1 = Positive Preliminary
class-2 = Positive Completion
# RFC 5321 class name: a positive intermediate *reply*.
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
## Each context has a name, shown as a label, and a short name, used inside
## sentences.

context-core = SMTP
context-core-short = SMTP
context-auth = SMTP AUTH
context-auth-short = SMTP AUTH
context-starttls = STARTTLS
context-starttls-short = STARTTLS
context-size = SIZE extension
context-size-short = SIZE
context-smtputf8 = Internationalized email (SMTPUTF8)
context-smtputf8-short = SMTPUTF8
context-etrn = Remote queue starting (ETRN)
context-etrn-short = ETRN
context-odmr = On-Demand Mail Relay (ATRN)
context-odmr-short = ODMR
context-checkpoint = Checkpoint/restart (CHECKPOINT, experimental)
context-checkpoint-short = CHECKPOINT
context-null-mx = Null MX (domains that accept no mail)
context-null-mx-short = null MX

## Session phases in which a reply appears
## Each phase has a name, shown as a label, and a phrase that completes
## “451 appears …” inside a sentence; phrases are joined into lists such as
## “while the sender and recipients are given and during message transfer”.

phase-connection = Opening the connection (greeting)
phase-connection-phrase = when the connection opens
phase-session = Session commands (EHLO, HELO, RSET, NOOP)
phase-session-phrase = in reply to session commands (EHLO, HELO, RSET, NOOP)
phase-starttls = TLS negotiation (STARTTLS)
phase-starttls-phrase = during the STARTTLS negotiation
phase-auth = Authentication (AUTH)
phase-auth-phrase = when the client authenticates with AUTH
phase-transaction = The mail transaction (MAIL FROM, RCPT TO)
phase-transaction-phrase = while the sender and recipients are given
phase-data = Message transfer (DATA, BDAT)
phase-data-phrase = during message transfer
phase-query = Information requests (HELP, VRFY, EXPN)
phase-query-phrase = in reply to information requests
phase-turn = Fetching queued mail (ETRN, ATRN)
phase-turn-phrase = when the client asks for its queued mail
phase-quit = Ending the session (QUIT)
phase-quit-phrase = when the session ends with QUIT
phase-any-command = Any command
phase-any-command-phrase = in reply to any command

## Enhanced status codes (RFC 3463): the first number is the class, the
## second the subject; the detail codes are in enhanced.ftl.

label-subject = Subject
label-associated = Associated reply codes
# A reply code that the registry associates with an enhanced code but that
# no RFC defines; $code is a reply code such as 523.
enhanced-undefined-code = { $code } (no RFC defines it)
# Shown when the registry names no reply code for an enhanced code.
enhanced-not-given = none named by the registry
enhanced-also-any = any reply code
enhanced-also-4xx = any 4yz reply code
enhanced-also-5xx = any 5yz reply code
# Marks an enhanced code that the registry deprecates.
label-deprecated = deprecated

## The enhanced status codes of a reply code, in groups under a heading each.
## $code is a reply code such as 550, $class its class, such as “5yz”.

enhanced-named = Associated with { $code } by the registry
enhanced-wider = Allowed with any { $class } reply code
enhanced-practice = Commonly seen with { $code }
# Marks a list of codes whose names are all shown in English because they
# are not translated yet.
label-fallback-names = names not yet translated, shown in English

## The list of enhanced status codes (smtpkb list --enhanced)

# $count is a number.
list-enhanced-count =
    { $count ->
        [one] { $count } enhanced status code
       *[other] { $count } enhanced status codes
    }
# $class is the class the reader asked for with --class, such as 3.
error-no-enhanced-class = the registry has no enhanced status codes of class { $class }

## The site's pages of enhanced status codes (cargo xtask export)

label-all-enhanced = All enhanced status codes
# $code is an enhanced status code such as 5.7.1, $name its name; the title
# of its page.
site-enhanced-title = { $code } { $name }: SMTP enhanced status code
# The description of the page that lists every enhanced status code.
site-enhanced-description = Every enhanced status code of the IANA registry, by subject: what it means, how to fix what caused it, and the reply codes it is sent with.

## The site's search, landing page, notices and page furniture
## (cargo xtask export). Codes in these texts (550, 5.7.1, 334) are
## written as they are, in ASCII digits.

# The label of the search box and of its button.
label-search = Search
# Shown inside the empty search box: what a reader can type.
site-search-placeholder = 550, 5.7.1, 334 451 or a word
# The heading of the search page.
site-search-title = Search the reference
# Under the search box on the search page: what it finds.
site-search-hint = Type a reply code such as 550, an enhanced status code such as 5.7.1 or X.7.1, two codes to compare such as 334 451, or words from the pages.
# $count is the number of pages found, 1 or more.
site-search-count =
    { $count ->
        [one] { $count } page found
       *[other] { $count } pages found
    }
site-search-none = No page matches this search.
# Shown on the search page when the browser runs no JavaScript.
site-search-needs-script = Search runs in your browser and needs JavaScript. Without it, every reply code is listed on the home page and every enhanced status code on its own list.
# The description of the search page.
site-search-description = Search the SMTP reply codes and enhanced status codes by code or by word.
# The kind of a page in the search results.
label-comparison = Comparison
# The heading above the language picker of the landing page.
site-root-languages = Read this reference in your language
# The landing page: what the site is for, under its title.
site-root-about = Every page explains one code or compares two: what the reply means, whether the sending server tries again, and what the sender and the mail administrator can do. Each fact names the RFC section it comes from, and the site works offline, opened from disk.
# The heading above the list of codes on the landing page and an index.
label-reply-codes = Reply codes
# A link that skips the header to the page's main text.
site-skip = Skip to the main text
# The control beside a heading that links to its section; a click copies
# the link.
site-copy-link = Copy the link to this section
# Said to screen-reader users once the link is copied.
site-link-copied = Link copied
# The heading of the short table of contents of a comparison page.
site-on-this-page = On this page
# The notice on a page with English parts. $percent is a whole number from
# 0 to 99: the share of the page's text that is translated.
site-notice-partial = Part of this page is not yet translated: { $percent }% of its text is in this language, and the rest is shown in English.
# A link from a partly translated page to the same page in English.
site-notice-english = Read the whole page in English
# A link to the translation file that holds the page's text, on a page in a
# language other than English.
site-edit-translation = Edit this translation
# The same link on an English page, to the English text.
site-edit-source = Edit this text
# The footer of every page. $version is the version of smtpkb, such as
# 0.4.0; $date the site's build day, written as 2026-12-01: the day of a
# reproducible build, or else the day the site's facts last changed.
site-footer = Built with smtpkb { $version } on { $date }.
# The footer of every page when the site has no build day (see site-footer).
# $version is the version of smtpkb, such as 0.4.0.
site-footer-undated = Built with smtpkb { $version }.
# The page shown for an address where the site has no page.
site-not-found-title = Page not found
site-not-found-text = This site has no page at this address. Look the code up with the search box, or start from the list of codes.

## Classes (RFC 3463, section 2)

enhanced-class-2-name = Success
enhanced-class-2-description = A code of the form 2.XXX.YYY reports that the delivery action succeeded (RFC 3463, section 2). The subject and detail that follow can report a transformation that delivery required, such as a conversion of the content.

enhanced-class-4-name = Persistent transient failure
enhanced-class-4-description = A code of the form 4.XXX.YYY reports that the message is valid as sent, but that a temporary condition has lasted long enough to delay or abandon the attempts to send it (RFC 3463, section 2). Sending the message again later may succeed.

enhanced-class-5-name = Permanent failure
enhanced-class-5-description = A code of the form 5.XXX.YYY reports a failure that resending the message in its current form is not likely to resolve (RFC 3463, section 2). The message or the destination has to change before delivery can succeed.

## Subjects (RFC 3463, section 2)

enhanced-subject-0-name = Other or undefined status
enhanced-subject-0-description = A code of the form X.0.YYY gives no information about the source of the status (RFC 3463, section 2). Its only detail code is X.0.0.

enhanced-subject-1-name = Addressing status
enhanced-subject-1-description = A code of the form X.1.YYY reports a problem with the address of the sender or of a recipient, such as its syntax or its validity (RFC 3463, section 2). The sender can generally correct these errors and try again.

enhanced-subject-2-name = Mailbox status
enhanced-subject-2-description = A code of the form X.2.YYY reports that something to do with the recipient’s mailbox caused the status (RFC 3463, section 2). Mailbox problems are assumed to be under the general control of the recipient.

enhanced-subject-3-name = Mail system status
enhanced-subject-3-description = A code of the form X.3.YYY reports that something to do with the destination mail system caused the status (RFC 3463, section 2). These problems are assumed to be under the general control of the administrator of the destination system.

enhanced-subject-4-name = Network and routing status
enhanced-subject-4-description = A code of the form X.4.YYY reports on the delivery system itself, including the infrastructure it needs, such as directory and routing services (RFC 3463, section 2). These problems are assumed to be under the control of the administrator of the destination or of an intermediate system.

enhanced-subject-5-name = Mail delivery protocol status
enhanced-subject-5-description = A code of the form X.5.YYY reports failures of the protocol that delivers the message, from implementation errors to an unreliable connection (RFC 3463, section 2).

enhanced-subject-6-name = Message content or media status
enhanced-subject-6-description = A code of the form X.6.YYY reports failures involving the content of the message, such as translation, transcoding or media that is not supported (RFC 3463, section 2). Both the sender and the receiver control these problems, because both must support a common set of content types.

enhanced-subject-7-name = Security or policy status
enhanced-subject-7-description = A code of the form X.7.YYY reports failures involving policy, such as filtering per recipient or per host, and cryptographic operations (RFC 3463, section 2). Both the sender and the recipient must permit the exchange of messages and arrange the exchange of any keys and certificates it needs.

## Learn more

# A link to a section of an RFC; $rfc is an RFC such as “RFC 5321”, $section
# a section number such as "4.2.3".
learn-more-rfc = { $rfc }, section { $section }

## The comparison of two codes
## $a and $b are the two codes, $name-a and $name-b their names.

compare-summary =
    { $same-class ->
        [yes]
            { $a } ({ $name-a }) and { $b } ({ $name-b }) are both { $class-a ->
                [2] success replies, so a client reads both as success
                [3] intermediate replies, so a client reads both as a request to go on
                [4] temporary failures, so a client reads both as a reason to try again later
               *[5] permanent failures, so a client reads both as a reason not to repeat the request unchanged
            }. What differs is the situation in which each is sent{ $phase-overlap ->
                [same] , not where it appears.
                [a-any] , and where it appears in the session.
                [b-any] , and where it appears in the session.
                [a-within-b] , and where it appears in the session.
                [b-within-a] , and where it appears in the session.
                [partial] , and where it appears in the session.
               *[none] , and where it appears in the session.
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
            }, so a client that confuses them takes the wrong next step.
    }

# The first digit and what it means for the client, including retries.
# $class-yz-a and $class-yz-b are the classes as written, such as “3yz”, and
# $class-name-a and $class-name-b their names.
# $message-a and $message-b say whether the code concerns a message (it
# answers MAIL, RCPT, DATA or BDAT): yes or no.
compare-diff-class =
    { $same-class ->
        [yes]
            Both codes are in class { $class-yz-a } ({ $class-name-a }): { $class-a ->
                [2] the server has done what was asked, and nothing is retried.
                [3] the server waits for the client’s next line, and nothing is retried.
                [4] the request may succeed if the client repeats it later.
               *[5] the client must not repeat the same request unchanged.
            }
       *[no]
            { $a } is in class { $class-yz-a } ({ $class-name-a }), so { $class-a ->
                [2] the request succeeded
                [3] the client must send more input
                [4] { $message-a ->
                    [yes] the client keeps the message and tries again later
                   *[no] the client may repeat the request later
                }
               *[5] the client must not repeat the same request unchanged
            }; { $b } is in class { $class-yz-b } ({ $class-name-b }), so { $class-b ->
                [2] the request succeeded.
                [3] the client must send more input.
                [4] { $message-b ->
                    [yes] the client keeps the message and tries again later.
                   *[no] the client may repeat the request later.
                }
               *[5] the client must not repeat the same request unchanged.
            }
    }

# The second digit: $category-a and $category-b are 0 to 5, and each value
# has its own variant (3 and 4 read the same). $category-name-a and
# $category-name-b are category names. RFC 5321 section 4.2.1 gives the
# meanings.
compare-diff-category =
    { $same-category ->
        [yes]
            Both have the same second digit, { $category-a } ({ $category-name-a }): { $category-a ->
                [0] each concerns the syntax of a command, or a command that is not implemented or fits no other category.
                [1] each answers a request for information.
                [2] each concerns the transmission channel.
                [3] the second digit does not classify either reply.
               *[4] the second digit does not classify either reply.
                [5] each reports the state of the mail system for the requested action.
            }
       *[no]
            The second digit differs: { $a } has { $category-a } ({ $category-name-a }), which { $category-a ->
                [0] concerns the syntax of a command, or a command that is not implemented or fits no other category
                [1] answers a request for information
                [2] concerns the transmission channel
                [3] does not classify what the reply is about
               *[4] does not classify what the reply is about
                [5] reports the state of the mail system for the requested action
            }, and { $b } has { $category-b } ({ $category-name-b }), which { $category-b ->
                [0] concerns the syntax of a command, or a command that is not implemented or fits no other category.
                [1] answers a request for information.
                [2] concerns the transmission channel.
                [3] does not classify what the reply is about.
               *[4] does not classify what the reply is about.
                [5] reports the state of the mail system for the requested action.
            }
    }

# Where in the session each code appears. The $phases-… variables are
# lists of the phrases of the phase-…-phrase messages, each starting with
# the phase the code mainly appears in: $phases-a and $phases-b all the
# phases of each code, $phases-shared those both have, $phases-only-a and
# $phases-only-b those only one has. $phase-overlap says how the phases
# overlap: a-any ($a can answer any command, $b cannot), b-any, same,
# a-within-b (all of $a’s are also $b’s), b-within-a, partial (some shared,
# and each has others) or none.
compare-diff-phase =
    { $phase-overlap ->
        [a-any] { $a } can be the reply to any command, so it can appear wherever { $b } does: { $phases-b }.
        [b-any] { $b } can be the reply to any command, so it can appear wherever { $a } does: { $phases-a }.
        [same] Both appear in the same parts of the session: { $phases-shared }.
        [a-within-b] { $b } appears wherever { $a } does ({ $phases-shared }), and also { $phases-only-b }.
        [b-within-a] { $a } appears wherever { $b } does ({ $phases-shared }), and also { $phases-only-a }.
        [partial] Both can appear { $phases-shared }; only { $a } also appears { $phases-only-a }, and only { $b } { $phases-only-b }.
       *[none] { $a } appears { $phases-a }, whereas { $b } appears { $phases-b }.
    }

# Who has to act. $actor-a and $actor-b take the values none, client,
# client-operator, sender, server-operator.
compare-diff-actor =
    { $same-actor ->
        [yes]
            For both, { $actor-a ->
                [none] nobody has to act: the reply reports success.
                [client] the client software acts on its own, without a person.
                [client-operator] whoever configures or develops the client has to change its settings or code.
                [sender] the sender has to change the message or its sender or recipient addresses.
               *[server-operator] the operator of the replying server has to fix the problem.
            }
       *[no]
            After { $a }, { $actor-a ->
                [none] nobody has to act
                [client] the client software acts on its own
                [client-operator] whoever configures or develops the client has to change its settings or code
                [sender] the sender has to change the message or its sender or recipient addresses
               *[server-operator] the operator of the replying server has to fix the problem
            }; after { $b }, { $actor-b ->
                [none] nobody has to act.
                [client] the client software acts on its own.
                [client-operator] whoever configures or develops the client has to change its settings or code.
                [sender] the sender has to change the message or its sender or recipient addresses.
               *[server-operator] the operator of the replying server has to fix the problem.
            }
    }

# One specification that defines a code, inside a list: $rfc is an RFC such
# as “RFC 4954”, $context the short name of a context.
compare-source = { $rfc } ({ $context })

# Which specifications define each code; shown only when they differ.
# $sources-a and $sources-b are lists of compare-source texts.
# $extension says which of the two is defined by SMTP extensions only: a,
# b, both or none. $offers-a and $offers-b list those extensions’ short
# names, joined with “or”.
compare-diff-source =
    { $a } is defined in { $sources-a }, and { $b } in { $sources-b }. { $extension ->
        [a] Only a server that offers { $offers-a } sends { $a }.
        [b] Only a server that offers { $offers-b } sends { $b }.
        [both] Each is sent only by a server that offers an extension that defines it.
       *[none] Both belong to SMTP itself, so any server may send them.
    }

# Advice for choosing between the two codes; label-fix is the section
# label “How to fix”.
compare-when-to-use =
    { $same-class ->
        [yes]
            Both tell the client the same thing about { $class-a ->
                [2] success
                [3] continuing
                [4] retrying
               *[5] giving up
            }, so what tells them apart is the cause: a server sends { $a } ({ $name-a }) in one situation and { $b } ({ $name-b }) in another. Follow the “{ label-fix }” steps of the code you actually received.
       *[no]
            A server sends { $a } when { $class-a ->
                [2] it has carried out the request
                [3] it needs more input from the client to finish
                [4] the failure is temporary and the same request may succeed later
               *[5] the failure is permanent and repeating the request unchanged will not help
            }, and { $b } when { $class-b ->
                [2] it has carried out the request.
                [3] it needs more input from the client to finish.
                [4] the failure is temporary and the same request may succeed later.
               *[5] the failure is permanent and repeating the request unchanged will not help.
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
error-not-a-code = “{ $input }” is not a reply code: a reply code has three digits, such as 250 or 451, and an enhanced status code three numbers, such as 5.7.1 or X.7.1
# $code is an enhanced status code as the reader typed it, such as 5.9.1.
error-unknown-enhanced = unknown enhanced status code { $code }: the registry has no such code
compare-same-code = { $code } and { $code } are the same code; run “smtpkb show { $code }” to read about it.
# $requested is the language the reader asked for, $used the one shown.
warning-unknown-locale = no translation for “{ $requested }”, showing { $used }
# $problem describes, in English, a translation that failed to format.
warning-shown-in-english = { $problem }; showing English instead

## smtpkb explain: what a server’s reply means
##
## $code is a reply code as found, such as "550"; $enhanced an enhanced status
## code as found, such as "5.7.1"; $name the localized name of either. The
## server’s own text is never passed to these messages: it is shown apart,
## as sent.

label-reply-code = Reply code
label-status-code = Enhanced status code
label-server-text = Server’s text
# Beside the server’s text, which is shown exactly as the server sent it.
label-server-text-note = as sent, not translated
label-retry = Retry
label-actor = Who acts
label-explanation = Explanation
label-warnings = Warnings
label-replies = Replies found
# $reply is the codes as found, such as “550 5.7.1”.
explain-title = What { $reply } means
# The heading of one reply of a log; $line is its line number.
explain-record = Line { $line }
explain-reply = The server replied { $code }, “{ $name }”.
# $class is the class of the code, such as “5yz”, and $class-name its name.
explain-reply-undefined = The server replied { $code }, a code that no RFC defines: its meaning depends on the server’s software. Its first digit puts it in class { $class }, “{ $class-name }”.
# $subject is the subject of the code, such as “X.7.YYY”.
explain-status = The enhanced status code { $enhanced } means “{ $name }”, in the subject { $subject }, “{ $subject-name }”.
explain-status-unregistered = The registry of enhanced status codes has no { $enhanced }: the server’s software defines it. Its subject { $subject } is “{ $subject-name }”.
explain-status-unknown-subject = The registry of enhanced status codes has no { $enhanced }, and RFC 3463 defines no subject { $subject }: the server’s software defines it.
explain-status-from-wrapper = The reply itself carries no enhanced status code; { $enhanced } comes from the reply that quotes it.
explain-status-from-input = The reply itself carries no enhanced status code; { $enhanced } comes from elsewhere in the text, such as a DSN “Status” field.
explain-status-only = The text holds no reply code, only the enhanced status code { $enhanced }, as delivery status notifications and mail server logs give it.
# $outer is the reply of the server that passed on $inner, the reply of
# another server.
explain-nested = { $outer } is the reply of a server that passed on the reply of another server, { $inner }, which is the reply explained here.
explain-retry-completion = Nothing to retry: the reply reports success.
explain-retry-intermediate = Nothing to retry: the server accepted the command and waits for the client to go on.
explain-retry-transient = The failure is temporary: the sending server keeps the message in its queue and tries again by itself, usually at least 30 minutes apart, and gives up after some days, usually four or five (RFC 5321, section 4.5.4.1); only then does the message come back as a bounce.
explain-retry-permanent = The failure is permanent: the sending server does not try again and returns the message to its sender, and sending it again unchanged fails the same way: the cause has to be fixed first.
explain-actor-none = Nobody: nothing went wrong.
explain-actor-client = The client software, by itself: the reply is a step of the protocol.
explain-actor-client-operator = Whoever configures or writes the client software.
explain-actor-sender = The sender of the message, or the administrator of the sending server when the cause is on that server.
explain-actor-server-operator = The administrator of the server that replied; the sender can only report the problem to them.
# $class is the reply’s class, such as “5yz”; $status-class the enhanced
# code’s, such as “4.XXX.YYY”.
warning-class-mismatch = the enhanced status code { $enhanced } is of class { $status-class } but the reply code { $code } of class { $class }; the reply code decides what the client does
warning-code-changed = some continuation lines carry { $continuation } but the final line { $final }; all lines of a reply must carry the same code (RFC 5321, section 4.2.1), and the final line’s is used
warning-unfinished = only the first lines of a multi-line reply are here (each { $code } followed by a hyphen): its final line is missing, so the server’s text may be cut short
warning-not-utf8 = the text is not valid UTF-8; the bytes that are not were replaced with “�”
warning-several-replies = the text holds { $count } replies, as a session transcript does; the last one, { $code }, is explained
error-no-reply = no SMTP reply found: the text holds neither a reply code such as 550 nor an enhanced status code such as 5.7.1
