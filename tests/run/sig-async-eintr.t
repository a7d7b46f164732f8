#!/bin/sh
# With SV_INTERRUPT in sv_flags, a read() interrupted by a caught signal from
# outside fails with EINTR (4) after the handler instead of being restarted.
MODE=asyncintr WANT="read = -4" exec ./sig-async.t
