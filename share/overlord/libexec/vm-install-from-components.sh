#!/bin/sh
#
# Installs FreeBSD from its distribution sets into a VM's disk (vmJail, diskLayout.from.type: components).
# Each component is fetched into the components folder (shared by every VM of that version and
# architecture, one download at a time), checked against the release's MANIFEST, and extracted.

. "$(dirname -- "$0")/vm-install.subr"

usage()
{
    echo "usage: vm-install-from-components.sh -c <componentsdir> -j <jail> -u <downloadurl> <component> ..."
}

main()
{
    local _o componentsdir= jail= downloadurl=

    while getopts ":c:j:u:" _o; do
        case "${_o}" in
            c) componentsdir="${OPTARG}" ;;
            j) jail="${OPTARG}" ;;
            u) downloadurl="${OPTARG}" ;;
            *) usage; exit ${EX_USAGE} ;;
        esac
    done
    shift $((OPTIND-1))

    if [ -z "${componentsdir}" -o -z "${jail}" -o -z "${downloadurl}" -o $# -eq 0 ]; then
        usage
        exit ${EX_USAGE}
    fi

    vm_install_traps
    vm_install_prepare "${jail}"

    mkdir -p -- "${componentsdir}" || exit $?
    local lockfile="${componentsdir}/.lock"
    lockf -sk "${lockfile}" fetch -Rpm -o "${componentsdir}/MANIFEST" "${downloadurl}/MANIFEST" || exit $?

    local component expected actual
    for component in "$@"; do
        lockf -sk "${lockfile}" fetch -Rpm -o "${componentsdir}/${component}" "${downloadurl}/${component}" || exit $?
        # The MANIFEST's first field is the file name; match it whole (base.txz is not base-dbg.txz).
        expected=`awk -v name="${component}" '$1 == name { print $2 }' "${componentsdir}/MANIFEST"` || exit $?
        actual=`sha256 -q "${componentsdir}/${component}"` || exit $?
        if [ -z "${expected}" -o "${expected}" != "${actual}" ]; then
            echo "*INVALID CHECKSUM* :: ${component}: ${expected:-not in MANIFEST} != ${actual}"
            exit 1
        fi
    done

    for component in "$@"; do
        tar -C "${JAIL_PATH}/mnt" -xf "${componentsdir}/${component}" || exit $?
    done

    vm_install_finish
}

main "$@"
