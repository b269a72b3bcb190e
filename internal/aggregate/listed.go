package aggregate

// listed reports whether the people table lists p: a name of one word
// ("Politico", "Gallup", "Wade") is listed only when some article gives
// it a role or a title ("Pope Francis", "Mr. Kim"). One article cannot
// tell an outlet or a case name that speaks from a person known by one
// word; the corpus can, since no article ever calls the outlet "Mr."
func listed(p Person) bool {
	if len(foldWords(p.Name)) != 1 || p.Role != "" {
		return true
	}
	for _, a := range p.Aliases {
		if len(foldWords(a)) > len(keyWords(a)) {
			return true
		}
	}
	return false
}
