package index

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
)

// ErrDamaged is wrapped by the errors of an index whose files turned out
// to be damaged while it was in use (bleve panics on a corrupt segment
// instead of returning an error). The caller should close it and open it
// again with Options.Rebuild.
var ErrDamaged = errors.New("damaged")

// guarded is the bleve index every Index uses: the calls storytui makes
// turn a panic inside bleve into an ErrDamaged error naming the index
// directory, so no search or build brings the process down. The first
// damage is remembered (see Index.Damaged).
type guarded struct {
	bleveIndex
	dir    string // "" in memory
	damage atomic.Pointer[error]
}

// bleveIndex lets guarded embed bleve.Index under a name other than
// Index, which is also one of its methods.
type bleveIndex = bleve.Index

func guard(bi bleve.Index, dir string) *guarded { return &guarded{bleveIndex: bi, dir: dir} }

// catch turns a panic into err (call it deferred).
func (g *guarded) catch(err *error) {
	v := recover()
	if v == nil {
		return
	}
	where := "the in-memory index"
	if g.dir != "" {
		where = "the index at " + g.dir
	}
	e := fmt.Errorf("%s is %w (bleve: %v)", where, ErrDamaged, v)
	g.damage.CompareAndSwap(nil, &e)
	*err = e
}

// damaged is the first damage found, or nil.
func (g *guarded) damaged() error {
	if p := g.damage.Load(); p != nil {
		return *p
	}
	return nil
}

func (g *guarded) Batch(b *bleve.Batch) (err error) {
	defer g.catch(&err)
	return g.bleveIndex.Batch(b)
}

func (g *guarded) DocCount() (n uint64, err error) {
	defer g.catch(&err)
	return g.bleveIndex.DocCount()
}

func (g *guarded) Search(req *bleve.SearchRequest) (res *bleve.SearchResult, err error) {
	defer g.catch(&err)
	return g.bleveIndex.Search(req)
}

func (g *guarded) SearchInContext(ctx context.Context, req *bleve.SearchRequest) (res *bleve.SearchResult, err error) {
	defer g.catch(&err)
	return g.bleveIndex.SearchInContext(ctx, req)
}

func (g *guarded) Close() (err error) {
	defer g.catch(&err)
	return g.bleveIndex.Close()
}

// Damaged is the damage found in the index files while it was in use, or
// nil. It stays set until the index is closed.
func (ix *Index) Damaged() error {
	if g, ok := ix.bi.(*guarded); ok {
		return g.damaged()
	}
	return nil
}
