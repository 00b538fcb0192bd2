#!/usr/bin/env bash
# Stands in for the docker CLI when Quarkus' Jib build "loads" an image into a Docker daemon there is none of: it
# answers `docker info` and writes what `docker load` receives (the image as a docker-archive tar) to
# $BATON_IMAGE_TAR. Configured by the images profile (quarkus.jib.docker-executable-name).
set -euo pipefail
case "${1:-}" in
  info) echo '{"OSType":"linux","Architecture":"x86_64"}' ;;
  load) cat > "${BATON_IMAGE_TAR:?}"; echo "Loaded image to $BATON_IMAGE_TAR" ;;
  *) echo "docker-save.sh: '$*' needs a Docker daemon" >&2; exit 1 ;;
esac
