#!/usr/bin/env bash
# Builds Baton's base image as a docker-archive tar, without a Docker daemon or registry: a Java runtime jlinked from
# the JDK that runs the build, the C library it links against (copied from this machine), a non-root user (185) and a
# writable /tmp. Nothing else: no shell, no package manager. Usage: base-image.sh <jdk home> <output.tar>
# An image already built by this script from the same JDK is kept: every build runs this, most find nothing to do.
set -euo pipefail
java_home="$1"
out="$2"
identity="$(cat "${BASH_SOURCE[0]}" "$java_home/release" | sha256sum | cut -d' ' -f1) $java_home"
if [[ -f $out && -f $out.source && $(cat "$out.source") == "$identity" ]]; then
  echo "Base image: $out is up to date"
  exit 0
fi
case "$(uname -m)" in
  x86_64) arch=amd64 ;;
  aarch64) arch=arm64 ;;
  *) echo "base-image.sh: no container architecture for $(uname -m)" >&2; exit 1 ;;
esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/etc" "$root/tmp" "$root/app"
chmod 1777 "$root/tmp"

# The modules a Quarkus service on Kafka and PostgreSQL loads, and jcmd/jfr support for diagnosing a live container.
"$java_home/bin/jlink" --output "$root/opt/java" --strip-debug --no-header-files --no-man-pages \
  --add-modules java.se,jdk.unsupported,jdk.zipfs,jdk.naming.dns,jdk.management,jdk.management.agent,jdk.jfr,jdk.jcmd,jdk.crypto.cryptoki,jdk.net,jdk.charsets,jdk.localedata
# The shared libraries the runtime needs, with the dynamic loader, at the paths they have here (not those of AWT and
# sound, which a headless service never loads). The loader finds the JDK's own through /proc, which runtimes mount.
for lib in $( { ldd "$root/opt/java/bin/java"; find "$root/opt/java/lib" -name '*.so' \
      -not -regex '.*\(awt\|splash\|jsound\|fontmanager\|lcms\|mlib\|javajpeg\).*' -exec ldd {} \; ; } 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | sort -u); do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
printf 'root:x:0:0:root:/root:/sbin/nologin\nbaton:x:185:185:Baton:/tmp:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nbaton:x:185:\n' > "$root/etc/group"

# One layer, files owned by root (readable by all), mtimes fixed so the same JDK gives the same image.
tar --sort=name --mtime='2000-01-01 00:00Z' --owner=0 --group=0 --numeric-owner -C "$root" -cf "$work/layer.tar" .
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
cat > "$work/config.json" <<JSON
{"architecture":"$arch","os":"linux","config":{"User":"185","WorkingDir":"/app","Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java"]},"rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["baton/base-jre:local"],"Layers":["layer.tar"]}]' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar --mtime='2000-01-01 00:00Z' --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$identity" > "$out.source"
echo "Base image: $out ($(du -h "$out" | cut -f1), $("$java_home/bin/java" -version 2>&1 | head -1))"
