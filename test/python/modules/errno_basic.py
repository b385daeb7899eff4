# errno constants and errorcode.
import errno
print(errno.EPERM, errno.ENOENT, errno.EIO, errno.EACCES, errno.EEXIST, errno.EINVAL, errno.ENOSPC, errno.EROFS)
print(errno.errorcode[errno.ENOENT], errno.errorcode[22])
try:
    open('errno_missing_file.txt')
except OSError as e:
    print(e.errno == errno.ENOENT)
