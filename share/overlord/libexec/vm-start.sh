#!/bin/sh
#
# Starts a VM in its jail and adds it to the jail's vm_list, so vm-bhyve starts it with the jail from now on.

EX_USAGE=64

usage()
{
    echo "usage: vm-start.sh -j <jail>"
}

main()
{
    local _o jail=

    while getopts ":j:" _o; do
        case "${_o}" in
            j) jail="${OPTARG}" ;;
            *) usage; exit ${EX_USAGE} ;;
        esac
    done
    shift $((OPTIND-1))

    if [ -z "${jail}" ]; then
        usage
        exit ${EX_USAGE}
    fi

    appjail sysrc jail "${jail}" vm_list+="${jail}" || exit $?
    appjail cmd jexec "${jail}" vm start "${jail}"
}

main "$@"
