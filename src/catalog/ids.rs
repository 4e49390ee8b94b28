//! The closed sets of identifiers a data file uses (`retry`, `actor`,
//! `phase`, `context`, `fix`), each with the string it is written as.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Defines a closed set of identifiers read from data files, with the string
/// each one is written as.
macro_rules! identifiers {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every value as written, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The identifier as written in data files and message ids.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

identifiers! {
    /// What a client does with a reply: RFC 5321 section 4.2.1.
    Retry {
        /// 2yz: the request is done.
        Completion = "completion",
        /// 3yz: the client must send more.
        Intermediate = "intermediate",
        /// 4yz: try again later.
        Transient = "transient",
        /// 5yz: do not repeat the request unchanged.
        Permanent = "permanent",
    }
}

identifiers! {
    /// Who has to act after the reply.
    Actor {
        /// Nobody: the reply reports success.
        None = "none",
        /// The client software, without a person.
        Client = "client",
        /// Whoever configures or writes the client.
        ClientOperator = "client-operator",
        /// The sender of the message.
        Sender = "sender",
        /// The operator of the server that replied.
        ServerOperator = "server-operator",
    }
}

identifiers! {
    /// The part of an SMTP session in which a reply appears. Each command
    /// belongs to one phase (`data/commands.toml`), and a code appears in
    /// the phases of the commands it answers. In session order.
    Phase {
        /// The server's greeting, when the connection opens.
        Connection = "connection",
        /// EHLO, HELO, RSET and NOOP: setting up and resetting the session.
        Session = "session",
        /// The STARTTLS negotiation.
        Starttls = "starttls",
        /// The AUTH exchange.
        Auth = "auth",
        /// MAIL and RCPT: the envelope of a mail transaction.
        Transaction = "transaction",
        /// DATA and BDAT: the message content and its end.
        Data = "data",
        /// HELP, VRFY and EXPN: requests for information.
        Query = "query",
        /// ETRN, ATRN and TURN: asking for queued mail.
        Turn = "turn",
        /// QUIT: the end of the session.
        Quit = "quit",
        /// Any command at all: shown in place of every phase but the
        /// connection's, never written in data files.
        AnyCommand = "any-command",
    }
}

impl Phase {
    /// The phases commands belong to: all but the connection's and
    /// [`Phase::AnyCommand`].
    pub fn of_commands() -> impl Iterator<Item = Phase> {
        Phase::ALL
            .iter()
            .copied()
            .filter(|&p| p != Phase::Connection && p != Phase::AnyCommand)
    }

    /// Phases as shown: when they include every phase of commands, those
    /// give way to [`Phase::AnyCommand`]; the order is kept otherwise.
    pub fn shown(phases: &[Phase]) -> Vec<Phase> {
        if !Phase::of_commands().all(|p| phases.contains(&p)) {
            return phases.to_vec();
        }
        let mut shown: Vec<Phase> = phases
            .iter()
            .copied()
            .filter(|&p| p == Phase::Connection)
            .collect();
        shown.push(Phase::AnyCommand);
        shown
    }
}

identifiers! {
    /// Whom a part of the advice on fixing a problem is for.
    Audience {
        /// The person sending mail: who got the bounce, or whose mail
        /// client shows the reply.
        Sender = "sender",
        /// The administrator of a mail server, sending or receiving.
        Admin = "admin",
        /// Whoever writes or configures the client software.
        Developer = "developer",
    }
}

identifiers! {
    /// The specification or extension in which a code is used.
    Context {
        /// SMTP itself (RFC 5321, RFC 7504).
        Core = "core",
        /// SMTP AUTH (RFC 4954).
        Auth = "auth",
        /// STARTTLS (RFC 3207).
        Starttls = "starttls",
        /// The SIZE extension (RFC 1870).
        Size = "size",
        /// SMTPUTF8 (RFC 6531).
        Smtputf8 = "smtputf8",
        /// Remote message queue starting, ETRN (RFC 1985).
        Etrn = "etrn",
        /// On-Demand Mail Relay (RFC 2645).
        Odmr = "odmr",
        /// Checkpoint/restart (RFC 1845, experimental).
        Checkpoint = "checkpoint",
        /// Null MX, a domain's record that it accepts no mail (RFC 7505).
        NullMx = "null-mx",
    }
}

identifiers! {
    /// A wider association of an enhanced code with basic codes than the
    /// codes the registry names.
    Also {
        /// Any basic code (the registry's "Any").
        Any = "any",
        /// Any 4yz code.
        Transient = "4xx",
        /// Any 5yz code.
        Permanent = "5xx",
    }
}
