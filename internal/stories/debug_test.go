package stories

import (
	"fmt"
	"testing"
)

func TestDebugSims(t *testing.T) {
	docs := undated(chile1, haiti1, chile2, haiti2, budget)
	g := NewGrouper(DefaultOptions())
	g.Add(docs)
	for _, e := range g.edges(0) {
		fmt.Println(g.docs[e.a].id, g.docs[e.b].id, e.s)
	}
	names := map[int32]string{}
	for k, v := range g.ids {
		names[v] = k
	}
	for _, d := range g.docs {
		fmt.Print(d.id, ": ")
		for _, f := range d.vec {
			fmt.Printf("%s=%.2f ", names[f.id], f.w)
		}
		fmt.Println()
	}
}
