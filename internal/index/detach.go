package index

import (
	"strings"

	"storytui/internal/extract"
)

// detach gives the names of an extraction their own memory. The
// extractor slices many of them (names, aliases, affiliations, speakers)
// out of the article's text, and the people table and the staged stories
// keep them for the whole build: one kept name kept its whole article,
// so a 60k build held most of the corpus's text (about 245 MB) on the
// heap, and the collector, held under the build's memory limit, ran
// almost without pause. Quote texts stay slices: nothing keeps them
// past the article's batch.
func detach(r *extract.Result) {
	for i := range r.People {
		p := &r.People[i]
		p.Name = strings.Clone(p.Name)
		p.Role = strings.Clone(p.Role)
		p.Affiliation = strings.Clone(p.Affiliation)
		p.Party = strings.Clone(p.Party)
		p.State = strings.Clone(p.State)
		p.Gender = strings.Clone(p.Gender)
		for j, al := range p.Aliases {
			p.Aliases[j] = strings.Clone(al)
		}
	}
	for i := range r.Quotes {
		r.Quotes[i].Speaker = strings.Clone(r.Quotes[i].Speaker)
	}
	for i := range r.Reactions {
		re := &r.Reactions[i]
		re.Who = strings.Clone(re.Who)
		re.Role = strings.Clone(re.Role)
		re.Party = strings.Clone(re.Party)
	}
}
