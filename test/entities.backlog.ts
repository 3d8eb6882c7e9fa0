/**
 * Entity corpus lines (src/entities/corpus.ts) the entity layer does not type right yet, each
 * with what is wrong now (compromise's backlog/ practice: known failures stay visible instead
 * of being skipped). test/entities.corpus.test.ts expects each of these to FAIL; when one
 * starts to pass, take it out of here.
 */
export const ENTITIES_BACKLOG: Record<string, string> = {
  "Dr Orvale's Laboratories reported higher sales.": "typed organization without its \"Dr\" (\"Orvale's Laboratories\")",
  "Diego Almirón has agreed terms. Almirón signed a four-year contract on Thursday.": "Diego Almirón typed organization; Almirón typed organization",
  "Jeff Bezos's Blue Origin launched its New Glenn rocket for the first time.": "New Glenn typed organization",
  "Kenya's Faith Kipyegon won the 1,500m in Paris, with Australia's Jessica Hull second.": "Faith Kipyegon typed organization",
  "Rory McIlroy carded a 66 at Augusta to move within two shots of the lead.": "Augusta typed organization",
  "SÃO PAULO (Reuters) - Brazilian fintech Nuvale said on Monday it had hired 200 engineers.": "SÃO PAULO typed organization; Reuters typed other; Brazilian typed place",
  "Deforestation in the Amazon rose 20% last year, according to satellite data from Brazil.": "Amazon typed organization",
  "The Prime Minister is due to meet technology bosses at Downing Street on Wednesday.": "Prime Minister (other) inside organization \"Minister\"; Downing Street typed organization",
  "The BBC's Top Gear is sold to more than 200 territories around the world.": "Top Gear typed organization",
  "Oppenheimer took $180m worldwide in its first weekend, Universal said.": "Oppenheimer typed organization",
  "Epic Games said Fortnite had more than 100 million monthly players.": "Fortnite typed organization",
  "Rockstar's Grand Theft Auto VI is the most anticipated game of the decade.": "Grand Theft Auto VI typed organization",
  "Netflix's The Crown cost about £100m a series to make.": "The Crown typed organization",
  "Viewing figures for Strictly Come Dancing fell to 7 million, the BBC said.": "Strictly Come Dancing typed organization",
  "Samsung unveiled the Galaxy S24 alongside a new version of its Bixby assistant.": "Galaxy S24 typed organization; Bixby typed organization",
  "Minecraft, which Microsoft bought for $2.5bn in 2014, still has 170 million monthly players.": "Minecraft typed organization",
  "Tesla delivered 400,000 Model Y vehicles in the quarter.": "Model Y typed organization",
  "iRobot, the maker of the Roomba, cut 31% of its workforce.": "Roomba typed organization",
  "Brindle AI Raises $40M Series B Led By Northzone": "Brindle AI not found; Northzone not found",
  "Christmas trading at Next was better than expected, with full-price sales up 5%.": "Christmas typed organization; Next not found",
  "Demis Hassabis, who shared the Nobel Prize in Chemistry, co-founded DeepMind in 2010.": "Nobel Prize typed organization; Chemistry typed place",
  "Kestrel Dynamics, which trades on the Nasdaq under the ticker KSTL, employs 2,300 people.": "Nasdaq typed organization; KSTL typed organization",
  "Saudi Aramco (TADAWUL: 2222) reported a 15% fall in profit.": "TADAWUL typed organization",
  "Seven & i Holdings rejected a $47bn takeover offer from Alimentation Couche-Tard.": "Seven & i Holdings not found",
  "3M agreed to pay $6bn to settle claims over faulty military earplugs.": "3M not found",
  "The Unite union said 1,200 members at the plant would strike.": "Unite not found",
  "Researchers at King's College London have spun out a drug-discovery company.": "King's College London not an organization (got \"King\" organization, \"College London\" organization)",
  "The Walt Disney Co. said attendance at its parks fell, a century after Walt Disney founded the studio.": "Walt Disney (the person, second mention) typed organization",
  "Stackwise, whose Ledgerly app has 2 million users, was founded by Omar Haddad, a former Stripe engineer.": "Ledgerly typed organization",
};
