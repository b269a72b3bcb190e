package aggregate

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"storytui/internal/binio"
	"storytui/internal/extract"
)

func names(people []Person) []string {
	var out []string
	for _, p := range people {
		out = append(out, p.Name)
	}
	return out
}

func find(people []Person, key string) (Person, bool) {
	for _, p := range people {
		if p.Key == key {
			return p, true
		}
	}
	return Person{}, false
}

func TestPeopleMerging(t *testing.T) {
	withRole := func(p extract.Person, role, party string) extract.Person {
		p.Role, p.Party = role, party
		return p
	}
	type want struct {
		key, name                  string
		articles, mentions, quotes int
		role, party                string
		aliases                    []string // must be among the aliases
	}
	for _, tc := range []struct {
		name   string
		arts   []Article
		want   []want
		absent []string // keys that must not be entities
	}{
		{
			name: "bare surname joins the only full name with it",
			arts: []Article{
				art("1", "CNN", "2017-03-02", []extract.Person{person("Jeff Sessions", 5, "Sessions")}, [2]string{"Jeff Sessions", "I did not"}),
				art("2", "ABC", "2017-03-02", []extract.Person{person("Sessions", 2)}, [2]string{"Sessions", "It is false"}),
				art("3", "AP", "2017-03-03", []extract.Person{person("Attorney General Jeff Sessions", 1)}),
			},
			want:   []want{{key: "jeff sessions", name: "Jeff Sessions", articles: 3, mentions: 8, quotes: 2, aliases: []string{"Sessions", "Attorney General Jeff Sessions"}}},
			absent: []string{"sessions"},
		},
		{
			name: "an article naming both forms counts once",
			arts: []Article{
				art("1", "CNN", "", []extract.Person{person("Jeff Sessions", 3), person("Sessions", 1)}),
				art("2", "CNN", "", []extract.Person{person("Sessions", 1)}),
			},
			want: []want{{key: "jeff sessions", name: "Jeff Sessions", articles: 2, mentions: 5}},
		},
		{
			name: "Jr. is another person; a bare surname two full names share stays apart",
			arts: []Article{
				art("1", "CNN", "", []extract.Person{person("Donald Trump", 4), person("Donald Trump Jr.", 2)}),
				art("2", "ABC", "", []extract.Person{person("Donald Trump, Jr.", 1)}),
				art("3", "AP", "", []extract.Person{person("Trump", 3)}),
			},
			want: []want{
				{key: "donald trump", name: "Donald Trump", articles: 1, mentions: 4},
				{key: "donald trump jr", name: "Donald Trump Jr.", articles: 2, mentions: 3, aliases: []string{"Donald Trump, Jr."}},
				{key: "trump", name: "Trump", articles: 1, mentions: 3},
			},
		},
		{
			name: "shared surname ambiguity",
			arts: []Article{
				art("1", "CNN", "", []extract.Person{person("Mark Kelly", 1)}),
				art("2", "CNN", "", []extract.Person{person("Scott Kelly", 1)}),
				art("3", "CNN", "", []extract.Person{person("Kelly", 1)}),
			},
			want: []want{
				{key: "mark kelly", name: "Mark Kelly", articles: 1, mentions: 1},
				{key: "scott kelly", name: "Scott Kelly", articles: 1, mentions: 1},
				{key: "kelly", name: "Kelly", articles: 1, mentions: 1},
			},
		},
		{
			name: "a bare surname joins a full name that dominates it",
			arts: []Article{
				art("1", "CNN", "", []extract.Person{person("Barack Obama", 1)}),
				art("2", "CNN", "", []extract.Person{person("Barack Obama", 1)}),
				art("3", "CNN", "", []extract.Person{person("Barack Obama", 1)}),
				art("4", "CNN", "", []extract.Person{person("Barack Obama", 1), person("Michelle Obama", 1)}),
				art("5", "CNN", "", []extract.Person{person("Obama", 2)}),
			},
			want: []want{
				{key: "barack obama", name: "Barack Obama", articles: 5, mentions: 6, aliases: []string{"Obama"}},
				{key: "michelle obama", name: "Michelle Obama", articles: 1, mentions: 1},
			},
		},
		{
			name: "most frequent form, role and party win",
			arts: []Article{
				art("1", "CNN", "", []extract.Person{withRole(person("Nancy Pelosi", 1), "Minority Leader", "Democrat")}),
				art("2", "CNN", "", []extract.Person{withRole(person("Nancy Pelosi", 1), "Minority Leader", "")}),
				art("3", "CNN", "", []extract.Person{withRole(person("NANCY PELOSI", 1), "Speaker", "")}),
				art("4", "CNN", "", []extract.Person{withRole(person("Pelosi", 1), "", "Democrat")}),
			},
			want: []want{{key: "nancy pelosi", name: "Nancy Pelosi", articles: 4, mentions: 4, role: "Minority Leader", party: "Democrat", aliases: []string{"NANCY PELOSI", "Pelosi"}}},
		},
		{
			name: "quotes count by speaker, canonical or alias",
			arts: []Article{
				art("1", "CNN", "", []extract.Person{person("Al Franken", 2, "Franken"), person("Jeff Sessions", 1)},
					[2]string{"Al Franken", "one"}, [2]string{"Franken", "two"}, [2]string{"a senator", "three"}, [2]string{"", "four"}),
			},
			want: []want{{key: "al franken", name: "Al Franken", articles: 1, mentions: 2, quotes: 2}, {key: "jeff sessions", name: "Jeff Sessions", articles: 1, mentions: 1}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			people := People(tc.arts)
			for _, w := range tc.want {
				p, ok := find(people, w.key)
				if !ok {
					t.Fatalf("no entity %q in %v", w.key, names(people))
				}
				if p.Name != w.name || p.Articles != w.articles || p.Mentions != w.mentions || p.Quotes != w.quotes {
					t.Errorf("%s: got %q articles %d mentions %d quotes %d; want %q %d %d %d",
						w.key, p.Name, p.Articles, p.Mentions, p.Quotes, w.name, w.articles, w.mentions, w.quotes)
				}
				if p.Role != w.role && w.role != "" || p.Party != w.party && w.party != "" {
					t.Errorf("%s: role %q party %q, want %q %q", w.key, p.Role, p.Party, w.role, w.party)
				}
				for _, al := range w.aliases {
					if !slices.Contains(p.Aliases, al) {
						t.Errorf("%s: aliases %q lack %q", w.key, p.Aliases, al)
					}
				}
				if slices.Contains(p.Aliases, p.Name) {
					t.Errorf("%s: name among its aliases %q", w.key, p.Aliases)
				}
			}
			for _, k := range tc.absent {
				if _, ok := find(people, k); ok {
					t.Errorf("entity %q should have merged", k)
				}
			}
			if len(people) != len(tc.want) {
				t.Errorf("%d people %v, want %d", len(people), names(people), len(tc.want))
			}
		})
	}
}

func TestPeopleOrder(t *testing.T) {
	people := People(genArticles(300, 7))
	if !slices.IsSortedFunc(people, comparePeople) {
		t.Fatalf("not sorted by articles, mentions, name: %v", names(people[:10]))
	}
	if people[0].Articles < people[len(people)-1].Articles {
		t.Errorf("first has fewer articles than last")
	}
}

func TestLookup(t *testing.T) {
	tab := NewTable()
	tab.Add(art("1", "CNN", "", []extract.Person{person("Sarah Isgur Flores", 2, "Isgur Flores"), person("Al Franken", 1, "Franken"), person("Donald Trump", 3, "Trump"), person("Donald Trump Jr.", 1)}))
	tab.Add(art("2", "ABC", "", []extract.Person{person("Mark Kelly", 1), person("Scott Kelly", 1)}))
	for _, tc := range []struct {
		name, key string
		ok        bool
	}{
		{"Sarah Isgur Flores", "sarah isgur flores", true},
		{"Isgur Flores", "sarah isgur flores", true}, // alias
		{"Flores", "sarah isgur flores", true},       // the only full name with that surname
		{"Sen. Al Franken", "al franken", true},
		{"FRANKEN", "al franken", true},
		{"Trump", "donald trump", true}, // an alias, though two full names end in Trump
		{"Donald Trump Jr.", "donald trump jr", true},
		{"Kelly", "", false}, // two full names, no alias
		{"Elizabeth Warren", "", false},
		{"", "", false},
	} {
		p, ok := tab.Lookup(tc.name)
		if ok != tc.ok || p.Key != tc.key {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tc.name, p.Key, ok, tc.key, tc.ok)
		}
	}
	if got := tab.Resolve("White House official"); got != "white house official" {
		t.Errorf("Resolve(descriptor) = %q", got)
	}
	if got := tab.Resolve("Isgur Flores"); got != "sarah isgur flores" {
		t.Errorf("Resolve(alias) = %q", got)
	}
}

// checkEqual compares a table built incrementally with a recomputation.
func checkEqual(t *testing.T, got *Table, arts []Article) {
	t.Helper()
	want := People(arts)
	g := got.People()
	if !reflect.DeepEqual(g, want) {
		for i := range min(len(g), len(want)) {
			if !reflect.DeepEqual(g[i], want[i]) {
				t.Fatalf("person %d: got %+v\nwant %+v", i, g[i], want[i])
			}
		}
		t.Fatalf("got %d people, want %d", len(g), len(want))
	}
	if got.Len() != len(arts) {
		t.Fatalf("Len %d, want %d", got.Len(), len(arts))
	}
}

func TestTableAddRemove(t *testing.T) {
	arts := genArticles(400, 1)
	other := genArticles(400, 2) // same ids, other contents
	tab := NewTable()
	for _, a := range arts {
		tab.Add(a)
	}
	checkEqual(t, tab, arts)

	rng := rand.New(rand.NewPCG(3, 4))
	cur := map[string]Article{}
	for _, a := range arts {
		cur[a.ID] = a
	}
	for round := range 3 {
		for i := range arts {
			switch rng.IntN(4) {
			case 0:
				tab.Remove(arts[i].ID)
				delete(cur, arts[i].ID)
			case 1: // re-indexed with new contents
				tab.Add(other[i])
				cur[other[i].ID] = other[i]
			}
		}
		tab.Remove("no such article")
		var left []Article
		for _, a := range arts {
			if c, ok := cur[a.ID]; ok {
				left = append(left, c)
			}
		}
		t.Run("round", func(t *testing.T) { _ = round; checkEqual(t, tab, left) })
	}
	for _, a := range arts {
		tab.Remove(a.ID)
	}
	if len(tab.People()) != 0 || tab.raw.n != 0 || len(tab.co) != 0 || tab.Len() != 0 {
		t.Errorf("emptied table keeps %d people, %d keys, %d pairs", len(tab.People()), tab.raw.n, len(tab.co))
	}
}

func TestTablePersistence(t *testing.T) {
	arts := genArticles(300, 5)
	tab := NewTable()
	for _, a := range arts {
		tab.Add(a)
	}
	for _, a := range arts[:50] {
		tab.Remove(a.ID) // leaves unused strings in the pool
	}
	b, err := tab.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	loaded := NewTable()
	if err := loaded.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	checkEqual(t, loaded, arts[50:])
	if p, ok := loaded.Lookup("Sessions"); ok != func() bool { _, ok := tab.Lookup("Sessions"); return ok }() || p.Key != func() string { p, _ := tab.Lookup("Sessions"); return p.Key }() {
		t.Errorf("Lookup differs after load")
	}
	// The loaded table goes on being updated like the original.
	for _, a := range arts[100:150] {
		loaded.Remove(a.ID)
	}
	loaded.Add(arts[0])
	checkEqual(t, loaded, slices.Concat(arts[:1], arts[50:100], arts[150:]))

	b2, _ := loaded.MarshalBinary()
	again := NewTable()
	if err := again.UnmarshalBinary(b2); err != nil {
		t.Fatal(err)
	}
	checkEqual(t, again, slices.Concat(arts[:1], arts[50:100], arts[150:]))
}

func TestTableUnmarshalErrors(t *testing.T) {
	tab := NewTable()
	tab.Add(art("1", "CNN", "", []extract.Person{person("Al Franken", 1)}))
	good, _ := tab.MarshalBinary()

	enc := func(f tableFile) []byte { return encodeTable(&f) }
	for _, tc := range []struct {
		name    string
		data    []byte
		version bool
	}{
		{"garbage", []byte("not a table"), false},
		{"truncated", good[:len(good)/2], false},
		{"trailing bytes", append(slices.Clone(good), 0), false},
		{"more values than counted", func() []byte {
			b := binary.AppendUvarint([]byte(tableMagic), tableVersion)
			b = binio.AppendBlock(b, []string{""})
			b = binio.AppendBlock(b, []string{"x"})
			b = binary.AppendUvarint(b, 1) // one value in all
			b = binary.AppendUvarint(b, 2) // but two in x's
			return append(b, 0, 0)
		}(), false},
		{"contribution out of int32", func() []byte {
			b := binary.AppendUvarint([]byte(tableMagic), tableVersion)
			b = binio.AppendBlock(b, []string{""})
			b = binio.AppendBlock(b, []string{"x"}) // one article
			b = binary.AppendUvarint(b, 1)          // one value in all
			b = binary.AppendUvarint(b, 1)          // one value in x's
			return binary.AppendVarint(b, 1<<40)
		}(), false},
		{"old version", enc(tableFile{Version: tableVersion + 1, Strings: []string{""}}), true},
		{"id out of pool", enc(tableFile{Version: tableVersion, Strings: []string{""}, IDs: []string{"x"}, Contribs: [][]int32{{5, 0, 0, 0, 0, 0, 0, 1, 0, 0}}}), false},
		{"short record", enc(tableFile{Version: tableVersion, Strings: []string{"", "a"}, IDs: []string{"x"}, Contribs: [][]int32{{1, 1, 0}}}), false},
		{"alias count too big", enc(tableFile{Version: tableVersion, Strings: []string{"", "a"}, IDs: []string{"x"}, Contribs: [][]int32{{1, 1, 0, 0, 0, 0, 0, 1, 0, 9}}}), false},
		{"duplicate id", enc(tableFile{Version: tableVersion, Strings: []string{"", "a"}, IDs: []string{"x", "x"}, Contribs: [][]int32{{1, 1, 0, 0, 0, 0, 0, 1, 0, 0}, {1, 1, 0, 0, 0, 0, 0, 1, 0, 0}}}), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tab.UnmarshalBinary(tc.data)
			if err == nil {
				t.Fatal("no error")
			}
			if errors.Is(err, ErrTableVersion) != tc.version {
				t.Errorf("error %v: version error %v, want %v", err, !tc.version, tc.version)
			}
			if p, ok := tab.Lookup("Al Franken"); !ok || p.Articles != 1 {
				t.Errorf("failed load changed the table")
			}
		})
	}
}

// A loaded table takes the key data its file carries when the same build
// wrote it, and that data is what keyInfo works out; another build's is
// not used, however wrong, and a version-3 file without any still loads.
func TestTableKeyDataFromFile(t *testing.T) {
	arts := slices.Concat(surnameArticles(), middleArticles(), variantArticles(7), genArticles(200, 7))
	tab := NewTable()
	for _, a := range arts {
		tab.Add(a)
	}
	b, err := tab.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	f, err := decodeTable(b)
	if err != nil {
		t.Fatal(err)
	}
	known := 0
	groups := map[string]int32{}
	for i, ki := range f.Keys.Info {
		if !ki.known {
			continue
		}
		known++
		last, full := surname(f.Strings[i])
		if f.Strings[ki.surname] != last || ki.full != full || ki.suffix != (full && hasJoinSuffix(f.Strings[i])) {
			t.Fatalf("key data of %q: %+v (surname %q), want surname %q, full %v", f.Strings[i], ki, f.Strings[ki.surname], last, full)
		}
		g := surnameGroup(last)
		if f.Keys.Groups[ki.group-1] != g {
			t.Fatalf("group of %q: %q, want %q", f.Strings[i], f.Keys.Groups[ki.group-1], g)
		}
		if prev, ok := groups[g]; ok && prev != ki.group {
			t.Fatalf("group %q numbered %d and %d", g, prev, ki.group)
		}
		groups[g] = ki.group
	}
	if known < tab.raw.n {
		t.Fatalf("key data for %d strings, fewer than the %d keys", known, tab.raw.n)
	}
	loaded := NewTable()
	if err := loaded.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if len(loaded.groupIDs) != len(f.Keys.Groups) || loaded.StaleKeyData() {
		t.Errorf("loaded %d groups, the file has %d: its key data was not used", len(loaded.groupIDs), len(f.Keys.Groups))
	}
	checkEqual(t, loaded, arts)

	// Another build's data, wrong on purpose, is not used.
	for i := range f.Keys.Info {
		if f.Keys.Info[i].known {
			f.Keys.Info[i].surname, f.Keys.Info[i].group = 0, 1
		}
	}
	f.Keys.Build = "another build"
	other := NewTable()
	if err := other.UnmarshalBinary(encodeTable(&f)); err != nil {
		t.Fatal(err)
	}
	checkEqual(t, other, arts)
	if !other.StaleKeyData() {
		t.Error("another build's key data counts as this build's")
	}

	// A version-3 file: the same layout without key data.
	b3 := binary.AppendUvarint([]byte(tableMagic), 3)
	b3 = binio.AppendBlock(b3, f.Strings)
	b3 = binio.AppendBlock(b3, f.IDs)
	total := 0
	for _, c := range f.Contribs {
		total += len(c)
	}
	b3 = binary.AppendUvarint(b3, uint64(total))
	for _, c := range f.Contribs {
		b3 = binary.AppendUvarint(b3, uint64(len(c)))
		for _, v := range c {
			b3 = binary.AppendVarint(b3, int64(v))
		}
	}
	v3 := NewTable()
	if err := v3.UnmarshalBinary(b3); err != nil {
		t.Fatal(err)
	}
	checkEqual(t, v3, arts)
	if !v3.StaleKeyData() {
		t.Error("a version-3 table counts as holding this build's key data")
	}
}

// A damaged or hostile people table file is an error, never a panic, and
// a table that loads can be listed and queried.
func FuzzTableUnmarshal(f *testing.F) {
	tab := NewTable()
	for _, a := range surnameArticles()[:3] {
		tab.Add(a)
	}
	good, _ := tab.MarshalBinary()
	f.Add(good)
	if dec, err := decodeTable(good); err == nil {
		dec.Keys.Build = "another build"
		f.Add(encodeTable(&dec))
		dec.Keys = keyFile{}
		f.Add(encodeTable(&dec))
	}
	f.Add([]byte(tableMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		loaded := NewTable()
		if loaded.UnmarshalBinary(b) != nil {
			return
		}
		if ps := loaded.People(); len(ps) > 0 {
			loaded.Resolve(ps[0].Name)
		}
		loaded.Lookup("Obama")
	})
}
