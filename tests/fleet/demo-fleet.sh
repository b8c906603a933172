#!/usr/bin/env bash
# Starts a demo fleet on this machine: every device of a policy repository (default: the bundled
# example network) becomes a fake device behind a real OpenSSH server on 127.0.0.1, serving the
# config that policy compiles to. Writes DIR/collection.yaml (ports, a client key and known_hosts
# pinning the fleet's host key) so that netcode fetch can pull from it:
#
#   tests/fleet/demo-fleet.sh [REPO] [DIR]          # then, in another terminal:
#   dotnet run --project compiler/GovNet.NetCode.Cli -- fetch --collection DIR/collection.yaml --plane external --out DIR/running
#   dotnet run --project compiler/GovNet.NetCode.Cli -- drift --collection DIR/collection.yaml --plane external
#
# Each device serves FLEET/configs/HOSTNAME.cfg (the folder is printed at start), read anew for every
# session: edit one to see drift reported.
#
# Ctrl-C stops the fleet and removes its keys. Needs /usr/sbin/sshd and ssh-keygen.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
repo="$(cd "${1:-$root}" && pwd)"
dir="${2:-${TMPDIR:-/tmp}/netcode-demo-fleet}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
exec dotnet run -c Release --project "$root/tests/GovNet.NetCode.Benchmarks" -- fleet "$repo" "$dir"
