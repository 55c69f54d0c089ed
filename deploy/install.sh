#!/usr/bin/env bash
# Installs PackStation as a systemd service on this PC. Run from the repository root as root.
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "run as root (sudo bash deploy/install.sh)"; exit 1; }
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is needed to build (docs/operations.md: Installing says where it comes from)"; exit 1; }

id packstation >/dev/null 2>&1 || useradd --system --home /var/lib/packstation --shell /usr/sbin/nologin packstation
usermod -aG dialout,lp,input packstation

dotnet publish src/PackStation.Worker -c Release -o /opt/packstation --nologo -v quiet
install -d -o packstation -g packstation /var/lib/packstation
install -d -m 750 -o root -g packstation /etc/packstation
[ -f /etc/packstation/appsettings.json ] || install -m 640 -o root -g packstation deploy/appsettings.production.json /etc/packstation/appsettings.json
[ -f /etc/packstation/secrets.json ] || { echo '{ "Shop": {} }' > /etc/packstation/secrets.json; chown root:packstation /etc/packstation/secrets.json; chmod 640 /etc/packstation/secrets.json; }

install -m 644 deploy/packstation.service /etc/systemd/system/packstation.service
install -m 755 deploy/packstation-cli.sh /usr/local/bin/packstation
install -m 644 deploy/udev/*.rules /etc/udev/rules.d/
udevadm control --reload && udevadm trigger || true
systemctl daemon-reload
/opt/packstation/packstation profiles check
echo "Installed. Edit /etc/packstation/appsettings.json and secrets.json, then: systemctl enable --now packstation"
echo "The first supervisor: sudo packstation users reset-password admin (after the first start) prints a one-time password."
