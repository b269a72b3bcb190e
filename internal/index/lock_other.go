//go:build !unix

package index

import "time"

// dirLock is a no-op where flock(2) does not exist: there, bleve's own
// lock on its files is the only guard, and Open can only find out that
// an index is in use after it has looked at it.
type dirLock struct{}

func lockDir(string, time.Duration) (*dirLock, error) { return &dirLock{}, nil }

func (*dirLock) unlock() error { return nil }
