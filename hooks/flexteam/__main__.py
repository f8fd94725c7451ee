from flexteam.cli import main

raise SystemExit(main())
