"""Pages and downloads from Jinja templates; ``bouw.bouw_site`` lists every output of the site."""
