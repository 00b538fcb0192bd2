#!/usr/bin/env bash
# Builds Baton's base image as a docker-archive tar, without a Docker daemon or registry: a Java runtime jlinked from
# the JDK that runs the build, the C library it links against (copied from this machine), a non-root user (185) and a
# writable /tmp. Nothing else: no shell, no package manager. Usage: base-image.sh <output.tar>
set -euo pipefail
out="$1"
java_home="${JAVA_HOME:?JAVA_HOME must point at the JDK to put in the image}"
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
{"architecture":"amd64","os":"linux","config":{"User":"185","WorkingDir":"/app","Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java"]},"rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["baton/base-jre:local"],"Layers":["layer.tar"]}]' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar --mtime='2000-01-01 00:00Z' --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "Base image: $out ($(du -h "$out" | cut -f1), $("$java_home/bin/java" -version 2>&1 | head -1))"
