#!/usr/bin/env bash
# Bring up a single-node Slurm cluster (slurmctld + slurmd + munge) on this machine, as root.
#
#   bash .ci/slurm-up.sh          # installs slurm-wlm and munge with apt-get if missing
#
# Idempotent: a second run finds the node idle and exits at once; a run after a reboot (or with a
# changed CPU/memory count) rewrites slurm.conf and restarts the daemons. Exits non-zero with a
# message on stderr when the node does not come up idle within SLURM_UP_TIMEOUT seconds (60).
# The partition is `debug` (SLURM_PARTITION to change it); jobs run as root on this machine, so
# paths under /tmp are visible to them. Logs: /var/log/slurm/{slurmctld,slurmd}.log.
set -euo pipefail

PARTITION="${SLURM_PARTITION:-debug}"
TIMEOUT="${SLURM_UP_TIMEOUT:-60}"
CONF=/etc/slurm/slurm.conf
LOGDIR=/var/log/slurm

die() {
    echo "slurm-up: $*" >&2
    exit 1
}
say() { echo "slurm-up: $*" >&2; }

[[ $(id -u) -eq 0 ]] || die "must run as root (it installs packages and starts daemons)"

HOST="$(hostname -s)"

# The node is up when sinfo lists it in a state that accepts jobs.
node_ready() {
    local state
    state="$(timeout 5 sinfo -h -N -n "$HOST" -p "$PARTITION" -o '%t' 2>/dev/null | head -n1)" || return 1
    [[ $state == idle || $state == mix || $state == alloc ]]
}

# The slurm.conf this machine needs: all CPUs, memory minus headroom for the OS.
CPUS="$(nproc)"
MEM_MB=$(($(awk '/^MemTotal:/ {print $2}' /proc/meminfo) / 1024))
HEADROOM_MB=$((MEM_MB / 10 > 1024 ? MEM_MB / 10 : 1024))
REAL_MB=$((MEM_MB - HEADROOM_MB))
((REAL_MB > 0)) || die "cannot compute RealMemory from /proc/meminfo (MemTotal ${MEM_MB} MB)"

NEW_CONF="$(
    cat <<EOF
# Written by .ci/slurm-up.sh: a single-node cluster for tests. Rewritten when the machine changes.
ClusterName=longcot-ci
SlurmctldHost=$HOST
AuthType=auth/munge
MailProg=/bin/true
SlurmUser=root
SlurmdUser=root
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
ReturnToService=2
DependencyParameters=kill_invalid_depend
MinJobAge=300
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=$LOGDIR/slurmctld.log
SlurmdLogFile=$LOGDIR/slurmd.log
SlurmctldTimeout=30
SlurmdTimeout=60
NodeName=$HOST CPUs=$CPUS RealMemory=$REAL_MB State=UNKNOWN
PartitionName=$PARTITION Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
EOF
)"

daemon_running() { # name pidfile
    [[ -f $2 ]] && kill -0 "$(cat "$2")" 2>/dev/null
}
stop_daemon() { # name pidfile
    if daemon_running "$1" "$2"; then
        kill "$(cat "$2")" 2>/dev/null || true
        for _ in $(seq 40); do
            daemon_running "$1" "$2" || break
            sleep 0.25
        done
    fi
    rm -f "$2"
}

# Fast path: the config matches this machine, both daemons are alive and the node takes jobs.
if [[ -f $CONF && "$(cat "$CONF")" == "$NEW_CONF" ]] && daemon_running slurmctld /run/slurmctld.pid \
    && daemon_running slurmd /run/slurmd.pid && command -v sinfo >/dev/null && node_ready; then
    say "node $HOST already idle in partition $PARTITION"
    exit 0
fi

# 1. Packages.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
    say "installing slurm-wlm and munge (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -qq update >/dev/null || die "apt-get update failed"
    apt-get -qq install -y --no-install-recommends slurm-wlm munge >/dev/null \
        || die "apt-get install slurm-wlm munge failed"
fi
command -v slurmctld >/dev/null || die "slurmctld not found after installing slurm-wlm"

# 2. Munge: key (kept if present), runtime dir, daemon.
mkdir -p /etc/munge /var/lib/munge /var/log/munge /run/munge
if [[ ! -s /etc/munge/munge.key ]]; then
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge
chmod 700 /etc/munge
chmod 400 /etc/munge/munge.key
chmod 755 /run/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    if [[ -f /run/munge/munged.pid ]]; then
        kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true
        rm -f /run/munge/munged.pid
    fi
    runuser -u munge -- munged --force || die "munged did not start (see /var/log/munge/munged.log)"
    for _ in $(seq 20); do
        munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break
        sleep 0.25
    done
    munge -n | unmunge >/dev/null 2>&1 || die "munge does not work (see /var/log/munge/munged.log)"
fi

# 3. slurm.conf (rewritten only when it differs).
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd "$LOGDIR"
if [[ ! -f $CONF ]] || [[ "$(cat "$CONF")" != "$NEW_CONF" ]]; then
    say "writing $CONF ($HOST: $CPUS CPUs, RealMemory=${REAL_MB} MB, partition $PARTITION)"
    printf '%s\n' "$NEW_CONF" >"$CONF"
    # Daemons started with another config must pick the new one up.
    stop_daemon slurmd /run/slurmd.pid
    stop_daemon slurmctld /run/slurmctld.pid
fi

# 4. Daemons (each started only when its pid file does not point to a live process).
if ! daemon_running slurmctld /run/slurmctld.pid; then
    say "starting slurmctld"
    slurmctld || die "slurmctld did not start (see $LOGDIR/slurmctld.log)"
fi
if ! daemon_running slurmd /run/slurmd.pid; then
    say "starting slurmd"
    slurmd || die "slurmd did not start (see $LOGDIR/slurmd.log)"
fi

# 5. Wait for the node to be idle; a node left down/drained by an earlier run is resumed once.
resumed=0
for ((i = 0; i < TIMEOUT * 2; i++)); do
    if node_ready; then
        say "node $HOST idle in partition $PARTITION ($CPUS CPUs, ${REAL_MB} MB)"
        exit 0
    fi
    state="$(timeout 5 sinfo -h -N -n "$HOST" -o '%t' 2>/dev/null | head -n1 || true)"
    if ((!resumed)) && [[ $state == down* || $state == drain* || $state == drng* ]]; then
        scontrol update NodeName="$HOST" State=RESUME >/dev/null 2>&1 || true
        resumed=1
    fi
    sleep 0.5
done
reason="$(timeout 5 sinfo -h -N -n "$HOST" -o '%t %E' 2>/dev/null || true)"
die "node $HOST not idle after ${TIMEOUT}s (sinfo: '${reason:-no answer}'); see $LOGDIR/slurmctld.log and $LOGDIR/slurmd.log"
