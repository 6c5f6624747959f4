<#ftl output_format="HTML">
<#-- Open Data und Quellen: downloads written by build-tools (JobcenterPages) from data/jobcenter.yaml, and the
     attributions the licences of the map and Gemeinde data require (data/geo/LIZENZ.md, data/gemeinden.LIZENZ.md). -->
<h2 id="downloads">Die Jobcenter in Hessen zum Herunterladen</h2>
<p>Dieselben Angaben wie auf den Seiten der Jobcenter, erzeugt aus einer gemeinsamen Datenquelle. Ein leeres Feld
  (CSV) oder <code>null</code> (JSON) bedeutet: nicht bestätigt.</p>
<ul class="downloads">
  <li><a href="/daten/jobcenter-hessen.csv" download>Jobcenter in Hessen als CSV</a> (Tabelle, UTF-8, durch Kommas getrennt)</li>
  <li><a href="/daten/jobcenter-hessen.json" download>Jobcenter in Hessen als JSON</a> (für Programme)</li>
</ul>
<p>Spalten: id, Kreisschlüssel (ags), Gebiet, Art, Regierungsbezirk, Trägerform, Name, kommunaler Träger seit,
  Sitz, Website, die Kontaktangaben (Online-Angebot, Telefon mit Erreichbarkeit, Öffnungszeiten, Anschrift,
  weitere Standorte), jede mit dem Datum und der Adresse ihrer Quelle, der Tag ihrer Prüfung (kontakt_stand),
  Hinweise, Quellen, die Adresse der Seite auf dieser Website sowie gültig ab und gültig bis: der
  Zeitraum, in dem das Gebiet des Jobcenters so gilt (leer: keine Änderung bekannt; zum Beispiel gilt das Gebiet
  des Jobcenters Hanau ab dem Tag, an dem es zuständig wurde). Für die Zusammenstellung selbst ist noch keine Lizenz
  festgelegt.</p>

<h2 id="karte-und-gemeinden">Karte und Gemeinden</h2>
<p>Die Gebiete der Karte und die Zuordnung der Gemeinden zu den Kreisen stammen vom Bundesamt für
  Kartographie und Geodäsie (Stand 1. Januar 2021). Für die Karte ist die Stadt Hanau, seit 1. Januar 2026
  kreisfrei, als eigenes Gebiet aus dem Main-Kinzig-Kreis herausgelöst.</p>
<p class="namensnennung">Verwaltungsgrenzen und Gemeindeschlüssel:
  © GeoBasis-DE / <a href="https://www.bkg.bund.de" rel="external">BKG</a> 2021 (Daten verändert),
  <a href="https://www.govdata.de/dl-de/by-2-0" rel="external">Datenlizenz Deutschland – Namensnennung – Version 2.0</a>.</p>
<p>Verändert haben wir: Auswahl der hessischen Kreise und Gemeinden, Umrechnung der Koordinaten, vereinfachte
  Darstellung als Karte, und die Gemeindefusion zum 1. Januar 2023 (Bromskirchen gehört seitdem zu Allendorf (Eder)).</p>

<h2 id="postleitzahlen">Postleitzahlen</h2>
<p>Die Zuordnung von Postleitzahlen zu Gemeinden stammt aus OpenStreetMap:</p>
<p class="namensnennung">Postleitzahl-Zuordnung: ©
  <a href="https://www.openstreetmap.org/copyright" rel="external">OpenStreetMap-Mitwirkende</a>,
  <a href="https://opendatacommons.org/licenses/odbl/1-0/" rel="external">Open Database License (ODbL) 1.0</a>,
  aufbereitet von suche-postleitzahl.org. Eine aus diesen Daten abgeleitete Datenbank steht ebenfalls unter der ODbL.</p>
