# Installing the system tools the tests use (Debian packages), shared by
# scripts/test and e2e/run: `source` it, then
#
#   apt_install PKG...        install the packages (apt-get, non-interactive)
#   ensure_command CMD PKG    install PKG unless CMD is already on PATH
#
# Both are idempotent and print to stderr only; they return non-zero when the
# packages could not be installed (not root, no network, no such package),
# and the caller decides whether that is fatal.

# Set once `apt-get update` has run in this shell.
APT_UPDATED="${APT_UPDATED:-}"

apt_install() {
    if [[ "$(id -u)" -ne 0 ]]; then
        echo "need to apt-get install $* but not running as root" >&2
        return 1
    fi
    echo "installing $* with apt-get" >&2
    if [[ -z "$APT_UPDATED" ]]; then
        apt-get update -qq </dev/null >&2 || return 1
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" </dev/null >&2
}

ensure_command() {
    local cmd="$1" pkg="$2"
    command -v "$cmd" >/dev/null 2>&1 && return 0
    apt_install "$pkg" && command -v "$cmd" >/dev/null 2>&1
}
