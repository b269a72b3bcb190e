// Command probe times extraction per article of a corpus file (a
// development aid for the benchmark: which articles cost the most).
package main

import (
	"fmt"
	"os"
	"slices"
	"time"

	"storytui/internal/corpus"
	"storytui/internal/extract"
)

func main() {
	type t struct {
		d  time.Duration
		id string
		n  int
	}
	var ts []t
	var total time.Duration
	corpus.ReadFile(os.Args[1], func(a corpus.Article) {
		s := time.Now()
		extract.Extract(extract.Doc{Title: a.Title, Text: a.Text, Source: a.Source})
		d := time.Since(s)
		total += d
		ts = append(ts, t{d, a.ID, len(a.Text)})
	})
	slices.SortFunc(ts, func(a, b t) int { return int(b.d - a.d) })
	fmt.Printf("%d articles, extraction %v, %.2f ms/article\n", len(ts), total, float64(total.Microseconds())/1000/float64(len(ts)))
	for _, x := range ts[:min(10, len(ts))] {
		fmt.Printf("%8.1fms %7d bytes %s\n", float64(x.d.Microseconds())/1000, x.n, x.id)
	}
}
