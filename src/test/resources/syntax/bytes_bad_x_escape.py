x = b'ok\x4'
