package aggregate

import "testing"

// BenchmarkPeople recomputes the people table of 10k generated articles.
func BenchmarkPeople(b *testing.B) {
	arts := genArticles(10000, 1)
	b.ReportAllocs()
	for b.Loop() {
		People(arts)
	}
}

// BenchmarkTableAdd adds one article to a table of 10k.
func BenchmarkTableAdd(b *testing.B) {
	arts := genArticles(10000, 1)
	tab := NewTable()
	for _, a := range arts {
		tab.Add(a)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		tab.Add(arts[i%len(arts)]) // replaces: subtracts the old, adds the new
		i++
	}
}

// BenchmarkTablePeopleAfterAdd is the cost of showing the table after
// one new article: an Add and the re-merge it invalidates.
func BenchmarkTablePeopleAfterAdd(b *testing.B) {
	arts := genArticles(10000, 1)
	tab := NewTable()
	for _, a := range arts {
		tab.Add(a)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		tab.Add(arts[i%len(arts)])
		tab.People()
		i++
	}
}

// BenchmarkTableLoad decodes a persisted table of 10k articles.
func BenchmarkTableLoad(b *testing.B) {
	tab := NewTable()
	for _, a := range genArticles(10000, 1) {
		tab.Add(a)
	}
	data, err := tab.MarshalBinary()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := NewTable().UnmarshalBinary(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQuotes groups every quote of 10k generated articles.
func BenchmarkQuotes(b *testing.B) {
	arts := genArticles(10000, 1)
	tab := NewTable()
	for _, a := range arts {
		tab.Add(a)
	}
	b.ReportAllocs()
	for b.Loop() {
		tab.Quotes(arts, "")
	}
}
