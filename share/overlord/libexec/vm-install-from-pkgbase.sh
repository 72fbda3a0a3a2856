#!/bin/sh
#
# Installs FreeBSD base packages into a VM's disk with pkg (vmJail, diskLayout.from.type: pkgbase).

. "$(dirname -- "$0")/vm-install.subr"

usage()
{
    echo "usage: vm-install-from-pkgbase.sh [-c <pkgconfdir>] [-f <fingerprints>] -a <arch> -j <jail> -v <major-version> <package> ..."
}

main()
{
    local _o arch= jail= major_version=
    local pkg_conf_dir="$(dirname -- "$0")/../files/pkgbase"
    local fingerprints="/usr/share/keys/pkg"

    while getopts ":a:c:f:j:v:" _o; do
        case "${_o}" in
            a) arch="${OPTARG}" ;;
            c) pkg_conf_dir="${OPTARG}" ;;
            f) fingerprints="${OPTARG}" ;;
            j) jail="${OPTARG}" ;;
            v) major_version="${OPTARG}" ;;
            *) usage; exit ${EX_USAGE} ;;
        esac
    done
    shift $((OPTIND-1))

    if [ -z "${arch}" -o -z "${jail}" -o -z "${major_version}" -o $# -eq 0 ]; then
        usage
        exit ${EX_USAGE}
    fi

    vm_install_traps
    vm_install_prepare "${jail}"

    if [ "${fingerprints}" != "none" ]; then
        mkdir -p -- "${JAIL_PATH}/mnt/usr/share/keys" || exit $?
        cp -a -- "${fingerprints}" "${JAIL_PATH}/mnt/usr/share/keys" || exit $?
    fi

    env IGNORE_OSVERSION=yes ABI="FreeBSD:${major_version}:${arch}" ASSUME_ALWAYS_YES=yes \
        pkg --rootdir "${JAIL_PATH}/mnt" --repo-conf-dir "${pkg_conf_dir}" install -- "$@" || exit $?

    vm_install_finish
}

main "$@"
