-- wrk script: POST one encounter per request, cycling through generated travellers (seeded).
-- Usage: wrk -t2 -c32 -d30s -s bench/screen.lua http://127.0.0.1:8080/api/screen
local given = {"Muhammad","Ahmed","Ali","Hassan","Imran","Bilal","Usman","Ayesha","Fatima","Zainab","John","Maria","Wei","Olga","Priya","Kofi","Amina","Sofia","Omar","Khalid","Gul","Sher"}
local family = {"Khan","Ahmed","Hussain","Malik","Qureshi","Shah","Butt","Siddiqui","Smith","Garcia","Wang","Ivanov","Patel","Okafor","Silva","Tanaka","Yusufzai","Afridi","Durrani","Haddad"}
local listed = {"Usama bin Ladin","AYMAN AL ZAWAHIRI","Abu Bakr al-Baghdadi","Hafiz Saeed","Sirajuddin Haqqani"}
local dirs = {"ENTRY","EXIT","TRANSIT"}
local bodies = {}
math.randomseed(20261123)
for i = 1, 2000 do
  local name
  if math.random(20) == 1 then name = listed[math.random(#listed)]
  else name = given[math.random(#given)] .. " " .. family[math.random(#family)] end
  bodies[i] = string.format('{"traveller":{"name":"%s","date_of_birth":"%04d-%02d-%02d","nationality":"PAK","document":{"type":"PASSPORT","number":"AB%07d","issuing_state":"PAK"}},"direction":"%s","crossing_point":{"id":"ISB-AIR","kind":"AIR","country":"PAK"},"officer":"bench"}',
    name, 1950 + math.random(0, 54), math.random(12), math.random(28), math.random(0, 9999999), dirs[math.random(3)])
end
local n = 0
request = function()
  n = n % #bodies + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, bodies[n])
end
