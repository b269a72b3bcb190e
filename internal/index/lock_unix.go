//go:build unix

package index

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// lockName is the file whose lock says an index directory is in use.
// It is never removed: removing it while another process waits on it
// would let two processes hold "the" lock at once.
const lockName = "lock"

// dirLock is an exclusive lock on an index directory, held from before
// Open looks at anything in it until Close.
type dirLock struct{ f *os.File }

// lockDir takes the lock of dir, waiting up to wait for another process
// to let it go; ErrInUse if it does not.
func lockDir(dir string, wait time.Duration) (*dirLock, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(wait)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return &dirLock{f}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, err
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, ErrInUse
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// unlock lets the directory go (closing the file drops the lock).
func (l *dirLock) unlock() error {
	if l == nil {
		return nil
	}
	return l.f.Close()
}
