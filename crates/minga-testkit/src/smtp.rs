//! A small SMTP server for tests: it speaks enough of RFC 5321 for lettre
//! (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and keeps every message.

use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub struct Received {
    pub envelope_to: Vec<String>,
    pub to: String,
    pub subject: String,
    pub text: String,
    /// Every header as it arrived (name, raw value), in order.
    pub headers: Vec<(String, String)>,
}

impl Received {
    /// The first `http…` link in the body that contains `part`.
    pub fn link(&self, part: &str) -> Option<String> {
        self.text
            .split_whitespace()
            .find(|w| w.starts_with("http") && w.contains(part))
            .map(str::to_string)
    }

    /// The value of the first header called `name` (any case), trimmed.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    }
}

#[derive(Clone)]
pub struct SmtpSink {
    port: u16,
    messages: Arc<Mutex<Vec<Received>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind SMTP sink");
        let port = listener.local_addr().expect("local addr").port();
        let messages = Arc::new(Mutex::new(Vec::new()));
        let store = messages.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = store.clone();
                tokio::spawn(async move {
                    let _ = session(socket, store).await;
                });
            }
        });
        SmtpSink { port, messages }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Messages received since the last call.
    pub fn take(&self) -> Vec<Received> {
        std::mem::take(&mut *self.messages.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

async fn session(
    socket: tokio::net::TcpStream,
    store: Arc<Mutex<Vec<Received>>>,
) -> std::io::Result<()> {
    let (r, mut w) = socket.into_split();
    let mut lines = BufReader::new(r);
    w.write_all(b"220 sink.test ESMTP\r\n").await?;
    let mut rcpt = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let cmd = line.trim_end().to_ascii_uppercase();
        if cmd.starts_with("EHLO") || cmd.starts_with("HELO") {
            w.write_all(b"250-sink.test\r\n250 8BITMIME\r\n").await?;
        } else if cmd.starts_with("MAIL FROM") || cmd.starts_with("RSET") || cmd.starts_with("NOOP")
        {
            if cmd.starts_with("RSET") {
                rcpt.clear();
            }
            w.write_all(b"250 OK\r\n").await?;
        } else if cmd.starts_with("RCPT TO") {
            rcpt.push(
                line.trim_end()[8..]
                    .trim()
                    .trim_matches(['<', '>'])
                    .to_string(),
            );
            w.write_all(b"250 OK\r\n").await?;
        } else if cmd == "DATA" {
            w.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                .await?;
            let mut data = Vec::new();
            loop {
                let mut l = Vec::new();
                if lines.read_until(b'\n', &mut l).await? == 0 {
                    return Ok(());
                }
                if l == b".\r\n" || l == b".\n" {
                    break;
                }
                // Undo dot-stuffing.
                let l = if l.starts_with(b"..") {
                    l[1..].to_vec()
                } else {
                    l
                };
                data.extend_from_slice(&l);
            }
            let parsed = mail_parser::MessageParser::default().parse(&data);
            let received = Received {
                envelope_to: std::mem::take(&mut rcpt),
                to: parsed
                    .as_ref()
                    .and_then(|m| m.to())
                    .and_then(|a| a.first())
                    .and_then(|a| a.address())
                    .unwrap_or_default()
                    .to_string(),
                subject: parsed
                    .as_ref()
                    .and_then(|m| m.subject())
                    .unwrap_or_default()
                    .to_string(),
                text: parsed
                    .as_ref()
                    .and_then(|m| m.body_text(0))
                    .map(|t| t.to_string())
                    .unwrap_or_default(),
                headers: parsed
                    .as_ref()
                    .map(|m| {
                        m.headers_raw()
                            .map(|(n, v)| (n.to_string(), v.to_string()))
                            .collect()
                    })
                    .unwrap_or_default(),
            };
            store
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(received);
            w.write_all(b"250 OK queued\r\n").await?;
        } else if cmd.starts_with("QUIT") {
            w.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            w.write_all(b"502 Command not implemented\r\n").await?;
        }
    }
}
