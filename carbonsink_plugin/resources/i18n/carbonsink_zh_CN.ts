<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CarbonSinkAlgorithm</name>
    <message>
        <location filename="../../processing/base.py" line="60"/>
        <source>1 · Data collection and preprocessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="61"/>
        <source>2 · Net primary productivity (NPP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="62"/>
        <source>3 · Carbon sink calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="63"/>
        <source>4 · Ground check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="64"/>
        <source>5 · Evaluation and analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="65"/>
        <source>Complete workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="86"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="87"/>
        <source>Inputs and units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="88"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="89"/>
        <source>Decisions and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="90"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="119"/>
        <source>Canceled: no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="135"/>
        <source>{0}: {1} valid and {2} nodata pixel values written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="156"/>
        <source>{0}: no raster layer given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="161"/>
        <source>{0}: the layer &apos;{1}&apos; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="165"/>
        <source>{0}: '{1}' is a {2} layer; save it as a GeoTIFF first (Export → Save As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="179"/>
        <source>{0}: expected {1} band(s) but &apos;{2}&apos; has {3}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonSinkDock</name>
    <message>
        <location filename="../../gui/dock.py" line="21"/>
        <source>城市碳汇评价 / Urban carbon sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dock.py" line="24"/>
        <source>Remote-sensing evaluation of the urban carbon sink after DB4403/T 348—2023. Work through the stages in order; each button opens the algorithm's dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonSinkPlugin</name>
    <message>
        <location filename="../../plugin.py" line="26"/>
        <source>&amp;Urban carbon sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="35"/>
        <source>Urban carbon sink evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="42"/>
        <source>Show the urban carbon sink panel (DB4403/T 348)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonSinkProvider</name>
    <message>
        <location filename="../../processing/provider.py" line="19"/>
        <source>Urban carbon sink (DB4403/T 348)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
