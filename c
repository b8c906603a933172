ListenAddress 127.0.0.1:23456
ListenAddress 127.0.0.1:23457
HostKey /tmp/sshdtest/hk
PidFile /tmp/sshdtest/pid
UsePAM no
LogLevel VERBOSE
