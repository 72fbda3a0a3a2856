#!/bin/sh
# The README's test command: checks that this machine has what the tests drive for real (git, etcd, sshd, ssh-keygen, gpg,
# the system SQLite library, libgit2 on FreeBSD, chromium for the status page, clang on Linux for the native build), installs what is missing when it can (apt-get on Debian, pkg on FreeBSD, as root), otherwise
# names exactly what is missing and how to install it and exits 69 (EX_UNAVAILABLE); then runs
# "dotnet test Overlord.sln" with any arguments given here (.ci/run passes --no-build).
set -eu
cd "$(dirname "$0")"

missing_tools=""
missing_packages=""
os=$(uname -s)

need() { # need TOOL DEBIAN_PACKAGE FREEBSD_PACKAGE
    missing_tools="$missing_tools $1"
    case "$os" in
        FreeBSD) missing_packages="$missing_packages $3" ;;
        *) missing_packages="$missing_packages $2" ;;
    esac
}

command -v dotnet >/dev/null 2>&1 || {
    echo "test.sh: dotnet is not on the PATH: install the .NET 10 SDK (https://dot.net)" >&2
    exit 69
}
command -v git >/dev/null 2>&1 || need git git git
command -v etcd >/dev/null 2>&1 || need etcd etcd-server coreos-etcd34
# An agent test fetches over SSH from an sshd it starts on 127.0.0.1 (FreeBSD has sshd in its base system).
[ -x /usr/sbin/sshd ] || need sshd openssh-server openssh-portable
# The signed-commit tests make keys and sign commits with ssh-keygen and gpg, and the agent checks with them and gpgv
# (FreeBSD has ssh-keygen in its base system).
command -v ssh-keygen >/dev/null 2>&1 || need ssh-keygen openssh-client openssh-portable
command -v gpg >/dev/null 2>&1 && command -v gpgv >/dev/null 2>&1 || need gpg "gnupg gpgv" gnupg
# A walkthrough opens the status page (/ui/) in headless Chromium and drives it over the DevTools protocol; without
# it that test fails (it does not skip). The package is chromium on both; FreeBSD's names its command chrome.
command -v chromium >/dev/null 2>&1 || command -v chrome >/dev/null 2>&1 || need chromium chromium chromium
# Linux: a walkthrough makes the build the README installs (packaging/publish, NativeAOT), which links with clang.
# FreeBSD has no runtime pack, so no native build is made there.
has_clang() { command -v clang >/dev/null 2>&1 || ls /usr/bin/clang-[0-9]* 2>/dev/null | grep -qE '/clang-[0-9]+$'; }
[ "$os" != Linux ] || has_clang || need clang "clang zlib1g-dev" -
# FreeBSD: LibGit2Sharp has no native build there, so the agent loads the system's libgit2.
[ "$os" != FreeBSD ] || ls /usr/local/lib/libgit2.so* >/dev/null 2>&1 || need libgit2 - libgit2
# The system SQLite: a test loads it in place of the bundled one, as FreeBSD always does.
case "$os" in
    FreeBSD) [ -e /usr/local/lib/libsqlite3.so ] || need libsqlite3 libsqlite3-0 sqlite3 ;;
    Linux) ldconfig -p 2>/dev/null | grep -q 'libsqlite3\.so\.0' || need libsqlite3 libsqlite3-0 sqlite3 ;;
esac

if [ -n "$missing_tools" ]; then
    if [ "$(id -u)" -eq 0 ] && [ "$os" = FreeBSD ]; then
        echo "test.sh: installing$missing_packages"
        # shellcheck disable=SC2086 # one word per package
        ASSUME_ALWAYS_YES=yes pkg install -q $missing_packages
    elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "test.sh: installing$missing_packages"
        apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing_packages >/dev/null
    else
        case "$os" in
            FreeBSD) how="pkg install$missing_packages" ;;
            *) how="apt-get install$missing_packages" ;;
        esac
        echo "test.sh: the tests need$missing_tools, which this machine does not have; as root: $how" >&2
        exit 69
    fi
fi

exec dotnet test Overlord.sln "$@"
