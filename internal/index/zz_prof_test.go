package index

import (
	"context"
	"testing"
)

func BenchmarkZZQuery(b *testing.B) {
	ix, err := Open("/tmp/idxcopy")
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{`date:>="1987-03-01" date:<"1987-04-01"`, `date:>="2017-03-01" date:<"2017-04-01"`} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				ix.Search(context.Background(), q, 20)
			}
		})
	}
}
