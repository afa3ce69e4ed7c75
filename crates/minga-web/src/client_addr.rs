//! The client's address for rate limits. Behind a reverse proxy every request
//! comes from the proxy, so the address it forwards (`X-Forwarded-For`) is
//! believed only when the connection comes from a proxy the operator named
//! (`--trusted-proxies`); anyone else could write that header themselves.

use ipnet::IpNet;
use std::net::IpAddr;

/// Proxies whose `X-Forwarded-For` is believed.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Addresses or networks, comma-separated: `127.0.0.1, 10.0.0.0/8, ::1`.
    pub fn parse(list: &str) -> Result<TrustedProxies, String> {
        let mut nets = Vec::new();
        for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let net = part
                .parse::<IpNet>()
                .or_else(|_| part.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("not an address or network: {part}"))?;
            nets.push(net);
        }
        Ok(TrustedProxies(nets))
    }

    fn trusts(&self, ip: &IpAddr) -> bool {
        self.0.iter().any(|n| n.contains(ip))
    }

    /// The client: the connection's peer, or, when the peer is a trusted
    /// proxy, the nearest address in `X-Forwarded-For` that is not one.
    pub fn client(&self, peer: IpAddr, forwarded_for: Option<&str>) -> IpAddr {
        if !self.trusts(&peer) {
            return peer;
        }
        let Some(header) = forwarded_for else {
            return peer;
        };
        let mut nearest = peer;
        // Right to left: each proxy appends the address it saw.
        for hop in header.rsplit(',').map(str::trim) {
            match hop.parse::<IpAddr>() {
                Ok(ip) if self.trusts(&ip) => nearest = ip,
                Ok(ip) => return ip,
                Err(_) => return nearest,
            }
        }
        nearest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_addresses_count_only_from_trusted_proxies() {
        let none = TrustedProxies::default();
        assert_eq!(none.client(ip("10.0.0.5"), Some("1.2.3.4")), ip("10.0.0.5"));
        let t = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8, ::1").unwrap();
        // A direct client cannot pick its address by sending the header.
        assert_eq!(
            t.client(ip("203.0.113.9"), Some("1.2.3.4")),
            ip("203.0.113.9")
        );
        // Through our proxy: the address it saw.
        assert_eq!(
            t.client(ip("127.0.0.1"), Some("198.51.100.7")),
            ip("198.51.100.7")
        );
        // A client's own forged entry sits to the left of what our proxies saw.
        assert_eq!(
            t.client(ip("10.0.0.2"), Some("6.6.6.6, 198.51.100.7, 10.0.0.3")),
            ip("198.51.100.7")
        );
        // No header, or garbage: the proxy's own address, never a made-up one.
        assert_eq!(t.client(ip("127.0.0.1"), None), ip("127.0.0.1"));
        assert_eq!(t.client(ip("127.0.0.1"), Some("junk")), ip("127.0.0.1"));
        assert_eq!(t.client(ip("::1"), Some("2001:db8::1")), ip("2001:db8::1"));
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.local").is_err());
    }
}
