#!/bin/sh
#
# Installs the files of an AppJail image into a VM's disk (vmJail, diskLayout.from.type: appjailImage),
# importing the image first unless the entrypoint is "none".

. "$(dirname -- "$0")/vm-install.subr"

usage()
{
    echo "usage: vm-install-from-appjail-image.sh -a <arch> -i <imagesdir> -I <image> -e <entrypoint> -j <jail> -t <tag>"
}

main()
{
    local _o arch= entrypoint= imagesdir= image= jail= tag=

    while getopts ":a:i:I:e:j:t:" _o; do
        case "${_o}" in
            a) arch="${OPTARG}" ;;
            i) imagesdir="${OPTARG}" ;;
            I) image="${OPTARG}" ;;
            e) entrypoint="${OPTARG}" ;;
            j) jail="${OPTARG}" ;;
            t) tag="${OPTARG}" ;;
            *) usage; exit ${EX_USAGE} ;;
        esac
    done
    shift $((OPTIND-1))

    if [ -z "${arch}" -o -z "${image}" -o -z "${imagesdir}" -o -z "${entrypoint}" -o -z "${jail}" -o -z "${tag}" ]; then
        usage
        exit ${EX_USAGE}
    fi

    vm_install_traps
    vm_install_prepare "${jail}"

    if [ "${entrypoint}" != "none" ]; then
        # One import of an image at a time, whichever VM asks (the original locked a new temporary file each run).
        mkdir -p -- "${imagesdir}" || exit $?
        lockf -sk "${imagesdir}/.overlord-import-${image}.lock" \
            appjail image import -a "${arch}" -t "${tag}" -n "${image}" -- "${entrypoint}" || exit $?
    fi

    tar -C "${JAIL_PATH}/mnt" --strip-components=2 -xf "${imagesdir}/${image}/${tag}-${arch}-image.appjail" ./jail/ || exit $?

    vm_install_finish
}

main "$@"
