package aggregate

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"storytui/internal/extract"
)

func TestSkeleton(t *testing.T) {
	for _, tc := range [][2]string{
		{"zelenskiy", "zlnsk"}, {"zelensky", "zlnsk"}, {"priebus", "prb"}, {"preibus", "prb"}, {"trumps", "trmp"}, {"roberts", "rbrt"}, {"ross", "rs"},
		{"dianne", "dn"}, {"diane", "dn"}, {"emmanuel", "emnl"}, {"yanukovych", "ynkvch"}, {"", ""},
	} {
		if got := skeleton(tc[0]); got != tc[1] {
			t.Errorf("skeleton(%q) = %q, want %q", tc[0], got, tc[1])
		}
	}
	for _, tc := range []struct {
		key, want string
	}{
		{"volodymyr zelenskiy", "vldmr zlnsk"},
		{"sergei kislyak", "srg kslk"},
		{"joe manchin iii", "j mnchn iii"},
		{"ruth bader ginsberg", "rth bdr gnsbrg"},
		{"robert gates", "rbrt gts"},
		{"kislyak", ""}, // no given name
		{"tom lee", ""}, // a surname too short to tell
	} {
		if got := variantKey(tc.key); got != tc.want {
			t.Errorf("variantKey(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}

func TestEditsWithin(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		max  int
		want bool
	}{
		{"priebus", "preibus", 1, true}, // a swap is one
		{"zelensky", "zelenskiy", 1, true},
		{"papadopoulos", "papadopolous", 1, false},
		{"papadopoulos", "papadopolous", 2, true},
		{"ab", "abcd", 1, false},
		{"", "a", 1, true},
	} {
		if got := editsWithin(tc.a, tc.b, tc.max); got != tc.want {
			t.Errorf("editsWithin(%q, %q, %d) = %v", tc.a, tc.b, tc.max, got)
		}
	}
}

// TestReresolveVariants changes mostly articles naming two spellings of
// names, some both in one article, so that their joins form and break
// many times, and checks each incremental resolution against a full one.
func TestReresolveVariants(t *testing.T) {
	for _, seed := range []uint64{8, 9} {
		v := variantArticles(seed)
		arts := slices.Concat(v, genArticles(200, seed))
		flips := checkReresolve(t, arts, len(arts)/2, seed, func(rng *rand.Rand) int {
			if rng.IntN(4) > 0 {
				return rng.IntN(len(v))
			}
			return rng.IntN(len(arts))
		})
		t.Logf("seed %d: %d flips", seed, flips)
		if flips < 5 {
			t.Errorf("seed %d: the joins changed only %d times", seed, flips)
		}
	}
}

// variantArticles name people under two or three spellings, with and
// without roles, bare surnames, and now and then two spellings in one
// article.
func variantArticles(seed uint64) []Article {
	names := []string{
		"Oleksiy Khmelnytskiy#President", "Oleksiy Khmelnytsky#President", "Oleksiy Khmelnytsky",
		"Olexiy Khmelnytskiy#President", "Khmelnytsky", "Khmelnytskiy",
		"Sergey Tkachenko#Ambassador", "Sergei Tkachenko#Ambassador", "Sergei Tkachenko#spokesman",
		"Marisol Fenwicke#Senator", "Marisol Fenwick", "Fenwick", "Marisol R. Fenwick",
	}
	rng := rand.New(rand.NewPCG(seed, 3))
	var out []Article
	for i := range 30 {
		var ps []extract.Person
		used := map[string]bool{}
		for range 1 + rng.IntN(2) {
			n, role, _ := strings.Cut(names[rng.IntN(len(names))], "#")
			if used[Key(n)] {
				continue
			}
			used[Key(n)] = true
			p := person(n, 1+rng.IntN(3))
			p.Role = role
			ps = append(ps, p)
		}
		out = append(out, art(fmt.Sprintf("var%03d", i), "AP", "2019-04-01", ps))
	}
	return out
}
