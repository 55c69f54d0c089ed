#!/bin/sh
# /usr/local/bin/packstation: the installed program with the service's configuration, data folder and user, so that
# `sudo packstation users reset-password admin` or `sudo packstation packers import staff.csv` change the same store
# the service uses (and files the CLI creates beside the database stay the service's). Installed by deploy/install.sh.
set -eu
export PACKSTATION_CONFIG="${PACKSTATION_CONFIG:-/etc/packstation/appsettings.json}"
export PACKSTATION_SECRETS_FILE="${PACKSTATION_SECRETS_FILE:-/etc/packstation/secrets.json}"
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Production}"
# A file named on the command line is read relative to where it was typed, so keep that folder.
if [ "$(id -un)" = packstation ]; then
    exec /opt/packstation/packstation "$@"
elif [ "$(id -u)" -eq 0 ]; then
    exec runuser -u packstation -- env PACKSTATION_CONFIG="$PACKSTATION_CONFIG" PACKSTATION_SECRETS_FILE="$PACKSTATION_SECRETS_FILE" \
        DOTNET_ENVIRONMENT="$DOTNET_ENVIRONMENT" /opt/packstation/packstation "$@"
else
    echo "packstation: run it as root (sudo packstation …) or as the packstation user" >&2
    exit 2
fi
