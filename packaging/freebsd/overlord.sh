#!/bin/sh
# /usr/local/bin/overlord: runs the framework-dependent build with the installed .NET runtime.
# OVERLORD_DOTNET names another dotnet (a community .NET 10 build, for example).
prefix=$(cd "$(dirname "$(realpath "$0")")/.." && pwd)
dotnet=${OVERLORD_DOTNET:-$(command -v dotnet || echo /usr/local/bin/dotnet)}
exec "$dotnet" "$prefix/share/overlord/overlord.dll" "$@"
