package aggregate

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"storytui/internal/extract"
)

// countsState writes out what apply leaves in a table, by strings and in
// sorted order, so two tables that differ only in ids and order compare
// equal.
func countsState(t *Table) []string {
	var out []string
	ctr := func(c counter) string {
		var s []string
		for _, ic := range c {
			s = append(s, fmt.Sprintf("%s=%d", t.pool[ic.id], ic.n))
		}
		slices.Sort(s)
		return strings.Join(s, ",")
	}
	for k := range t.raw.keys() {
		a := t.raw.get(k)
		line := fmt.Sprintf("key %s: %d %d %d", t.pool[k], a.articles, a.mentions, a.quotes)
		for _, c := range accCounters(a) {
			line += " [" + ctr(*c) + "]"
		}
		out = append(out, line)
	}
	for p, n := range t.co {
		out = append(out, fmt.Sprintf("co %s|%s=%d", t.pool[p[0]], t.pool[p[1]], n))
	}
	for p, n := range t.vco {
		a, b := t.pool[p[0]], t.pool[p[1]]
		out = append(out, fmt.Sprintf("vco %s|%s=%d", min(a, b), max(a, b), n))
	}
	for s, fs := range t.bySurname {
		var keys []string
		for _, f := range fs {
			keys = append(keys, t.pool[f])
		}
		slices.Sort(keys)
		out = append(out, "surname "+t.pool[s]+": "+strings.Join(keys, ","))
	}
	groups := map[int32][]string{}
	for g, ss := range t.byGroup {
		for _, s := range ss {
			groups[g] = append(groups[g], t.pool[s])
		}
		slices.Sort(groups[g])
	}
	for _, ss := range groups {
		out = append(out, "group: "+strings.Join(ss, ","))
	}
	slices.Sort(out)
	return out
}

// sameTables fails unless a and b hold the same counts and answer alike.
func sameTables(t *testing.T, what string, a, b *Table) {
	t.Helper()
	sa, sb := countsState(a), countsState(b)
	if !slices.Equal(sa, sb) {
		for i := range min(len(sa), len(sb)) {
			if sa[i] != sb[i] {
				t.Fatalf("%s: counts differ:\n%s\n%s", what, sa[i], sb[i])
			}
		}
		t.Fatalf("%s: %d counts against %d", what, len(sa), len(sb))
	}
	pa, pb := a.People(), b.People()
	if !reflect.DeepEqual(pa, pb) {
		t.Fatalf("%s: people differ", what)
	}
	for _, p := range pa {
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			if ra, rb := a.Resolve(name), b.Resolve(name); ra != rb {
				t.Fatalf("%s: Resolve(%q) = %q and %q", what, name, ra, rb)
			}
		}
	}
}

// A table loaded from this build's counts is the table that applying
// every contribution gives, after adds and removes had left the saved
// table's counters in another order, and it stays so through more adds
// and removes; damaged counts are left for the contributions.
func TestTableCountsFromFile(t *testing.T) {
	arts := slices.Concat(surnameArticles(), middleArticles(), variantArticles(5), genArticles(300, 11))
	for i := range 3 { // two spellings of one name in one article (vco)
		arts = append(arts, art(fmt.Sprintf("spellings%d", i), "AP", "", []extract.Person{person("Oleksiy Khmelnytsky", 2), person("Oleksiy Khmelnytskiy", 1)}))
	}
	tab := NewTable()
	for _, a := range arts {
		tab.Add(a)
	}
	if len(tab.co) == 0 || len(tab.vco) == 0 {
		t.Fatalf("the articles leave %d co and %d vco counts: the test covers neither", len(tab.co), len(tab.vco))
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 60 { // take some out and put them back: counters reorder
		a := arts[rng.IntN(len(arts))]
		tab.Remove(a.ID)
		tab.Add(a)
	}
	b, err := tab.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	withCounts := NewTable()
	if err := withCounts.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if withCounts.StaleKeyData() {
		t.Fatal("this build's counts were not used")
	}
	f, err := decodeTable(b)
	if err != nil {
		t.Fatal(err)
	}
	f.Counts = nil
	applied := NewTable()
	if err := applied.UnmarshalBinary(encodeTable(&f)); err != nil {
		t.Fatal(err)
	}
	if !applied.StaleKeyData() {
		t.Fatal("a table without counts was not marked to be saved whole")
	}
	sameTables(t, "loaded", withCounts, applied)
	sameTables(t, "loaded and saved", withCounts, tab)

	more := genArticles(40, 12)
	for i, a := range more {
		a.ID = fmt.Sprintf("more-%d", i)
		withCounts.Add(a)
		applied.Add(a)
	}
	for _, a := range arts[:50] {
		withCounts.Remove(a.ID)
		applied.Remove(a.ID)
	}
	sameTables(t, "after updates", withCounts, applied)

	dec, _ := decodeTable(b)
	for i := range dec.Counts {
		if i%7 == 3 {
			dec.Counts[i] ^= 0x5a
		}
	}
	damaged := NewTable()
	if err := damaged.UnmarshalBinary(encodeTable(&dec)); err != nil {
		t.Fatal(err)
	}
	if !damaged.StaleKeyData() {
		t.Error("damaged counts count as good")
	}
	sameTables(t, "damaged counts", damaged, tab)
}
